/**
 * A count with its noun in the right number, for problem messages: `counted(1, 'ring', 'ringen')` is
 * `1 ring`, `counted(3, 'ring', 'ringen')` is `3 ringen`. Replaces "ring(en)" and "record(s)", which read as
 * unfinished in either language. A count that is not a number (a message drawn for a sentinel) takes the
 * plural.
 *
 * @example
 * counted(2, 'gebied', 'gebieden'); // '2 gebieden'
 * counted('1', 'area', 'areas'); // '1 area'
 */
export function counted(count: string | number | undefined, one: string, other: string): string {
  const n = typeof count === 'number' ? count : Number(count);
  return `${count ?? ''} ${n === 1 ? one : other}`;
}
