/** Charts linked to the map (team FTE vs need, caseload per FTE, ranked gaps, need vs reach). */
export function ChartsPanel() {
  return null;
}
