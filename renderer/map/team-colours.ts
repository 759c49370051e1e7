import { schemeDark2 } from 'd3-scale-chromatic';
import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Qualitative colours for teams, colour-blind safe for the first eight: the Okabe–Ito palette (Okabe &
 * Ito 2008, the qualitative set recommended for deuteranopia and protanopia), ordered so that the
 * yellow — hard to see on a light choropleth — comes last. Teams beyond eight continue with ColorBrewer
 * Dark2 (via d3-scale-chromatic), then repeat.
 */
export const TEAM_PALETTE: readonly string[] = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#000000', '#f0e442', ...schemeDark2];

/** Colour of a centre without a team (or of a team id not in the list). */
export const NO_TEAM_COLOUR = '#52606d';

/**
 * A colour per team, assigned in the order of the team ids (numeric-aware, locale-independent), so a team
 * keeps its colour whatever order the package lists the teams in, and adding a team only moves the teams
 * sorted after it. Duplicate ids are counted once.
 *
 * @example
 * assignTeamColours(['zuid', 'noord']); // Map { 'noord' => '#0072b2', 'zuid' => '#e69f00' }
 */
export function assignTeamColours(teamIds: readonly string[]): ReadonlyMap<string, string> {
  if (!Array.isArray(teamIds)) throw new TypeError('teamIds must be an array of strings');
  const ids = [...new Set(teamIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const numeric = ids.every((id) => /^\d+$/.test(id));
  if (numeric) ids.sort((a, b) => Number(a) - Number(b));
  return new Map(ids.map((id, i) => [id, TEAM_PALETTE[i % TEAM_PALETTE.length]!] as const));
}

/**
 * A MapLibre `match` expression colouring a feature by its `team` property; `fallback` for no team.
 *
 * @example
 * buildTeamColourMatch(new Map([['noord', '#0072b2']])); // ['match', ['get', 'team'], 'noord', '#0072b2', '#52606d']
 */
export function buildTeamColourMatch(colours: ReadonlyMap<string, string>, fallback = NO_TEAM_COLOUR, property = 'team'): ExpressionSpecification | string {
  if (colours.size === 0) return fallback;
  const pairs = [...colours].flatMap(([team, colour]) => [team, colour]);
  return ['match', ['to-string', ['get', property]], ...pairs, fallback] as unknown as ExpressionSpecification;
}
