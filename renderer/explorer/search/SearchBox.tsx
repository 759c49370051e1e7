/** Search an area or a centre by name and fly to it. */
export function SearchBox() {
  return null;
}
