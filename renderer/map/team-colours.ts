import { schemeDark2 } from 'd3-scale-chromatic';
import type { ExpressionSpecification } from 'maplibre-gl';
import { colourNeighbouringRegions } from '../../geo/colouring';

/**
 * Qualitative colours for teams, colour-blind safe for the first eight: the Okabe–Ito palette (Okabe &
 * Ito 2008, the qualitative set recommended for deuteranopia and protanopia), ordered so that the
 * yellow — hard to see on a light choropleth — comes last. Teams beyond eight continue with ColorBrewer
 * Dark2 (via d3-scale-chromatic), then repeat. The order is the order of preference of
 * `colourNeighbouringRegions`, which keeps close pairs (orange and vermillion, blue and sky blue: ΔE00 ≈ 22)
 * off touching teams.
 */
export const TEAM_PALETTE: readonly string[] = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#000000', '#f0e442', ...schemeDark2];

/** Colour of a centre without a team (or of a team id not in the list). */
export const NO_TEAM_COLOUR = '#52606d';

/** The least colour difference (CIEDE2000) between touching teams. */
export const TEAM_NEIGHBOUR_MIN_DIFFERENCE = 30;

/**
 * A colour per team: touching teams (`neighbours`, from the shared borders of their base areas) get
 * clearly different colours (ΔE00 ≥ 30 where the palette allows; DSATUR over the team adjacency, see
 * geo/colouring), and every team a colour of its own while the palette lasts. Teams in `fixed` keep their
 * colour (chosen in Inrichten or in teams.csv). Deterministic: the same teams and borders give the same
 * colours, whatever order the package lists them in; numeric ids in number order. Duplicate ids count once.
 *
 * @example
 * assignTeamColours(['zuid', 'noord']); // Map { 'noord' => '#0072b2', 'zuid' => '#e69f00' }
 * assignTeamColours(['centrum', 'noord', 'heule'], { noord: ['centrum', 'heule'] }).get('noord'); // '#0072b2'
 */
export function assignTeamColours(
  teamIds: readonly string[],
  neighbours: Readonly<Record<string, readonly string[]>> = {},
  fixed: Readonly<Record<string, string>> = {},
): ReadonlyMap<string, string> {
  if (!Array.isArray(teamIds)) throw new TypeError('teamIds must be an array of strings');
  return colourNeighbouringRegions(teamIds, neighbours, TEAM_PALETTE, { fixed, minDifference: TEAM_NEIGHBOUR_MIN_DIFFERENCE });
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
