/** The clicked area: every indicator with value, rate, rank and trend; pinned areas side by side. */
export function DetailPanel() {
  return null;
}
