import { apportionHighestAverages } from './apportion-highest-averages';
import { apportionLargestRemainders } from './apportion-largest-remainders';
import { scaleToIntegers } from './scale-to-integers';

export type ApportionMethod = 'sainte-lague' | 'dhondt' | 'hamilton';

export interface ApportionInput {
  /** Total FTE to share, a multiple of `step` (e.g. 77). */
  readonly total: number;
  /** Allocation unit in FTE: 0.5 by default (or 0.1, 1). */
  readonly step?: number;
  /** Non-negative weights per team (e.g. need-weighted population shares); only ratios matter. */
  readonly weights: Readonly<Record<string, number>>;
  readonly method: ApportionMethod;
  /** Optional minimum FTE per team (a multiple of step). */
  readonly minimum?: number;
  /** Today's FTE per team (needed for maxChange and for the who-gains-or-loses output). */
  readonly current?: Readonly<Record<string, number>>;
  /** Pace of change: no team moves more than this many FTE away from `current` in one step (needs `current`). */
  readonly maxChange?: number;
}

export interface ApportionTeamResult {
  readonly team: string;
  /** Exact unconstrained target: total × weight share (FTE, not rounded). */
  readonly quota: number;
  /** The result, a multiple of step. */
  readonly allocated: number;
  readonly current: number | null;
  /** allocated − current. */
  readonly change: number | null;
  /** Which constraint holds this team, if any. */
  readonly bound: 'minimum' | 'max-increase' | 'max-decrease' | null;
}

export interface ApportionViolation {
  readonly kind: 'minimum-infeasible' | 'pace-infeasible';
  readonly detail: string;
}

export interface ApportionResult {
  readonly method: ApportionMethod;
  readonly step: number;
  readonly total: number;
  /** Sorted by team id. */
  readonly teams: readonly ApportionTeamResult[];
  /** Constraints that could not all hold; the allocation relaxed them (pace first, then minimum) as stated here. */
  readonly violations: readonly ApportionViolation[];
}

export const DEFAULT_FTE_STEP = 0.5;
/** Largest number of steps shared in one call (e.g. 10 000 FTE at step 0.1): the cost grows with it. */
export const MAX_APPORTION_UNITS = 100_000;

const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];

/**
 * Shares social-worker FTE over wijkteams in proportion to need, in whole steps of FTE (0.5 by default),
 * with an optional minimum per team and an optional pace of change from today's FTE.
 *
 * **Methods.** `sainte-lague` (divisors 1, 3, 5, …) and `dhondt` (divisors 1, 2, 3, …) are highest-averages
 * methods: house-monotone (more FTE never takes a step away from a team); D'Hondt leans towards the larger
 * teams, Sainte-Laguë is the most even-handed between large and small. `hamilton` (largest remainder) gives
 * every team the floor or the ceiling of its quota, but is not house-monotone (the Alabama paradox). Ties go
 * to the larger weight, then to the team id (code-unit order). See `apportionHighestAverages` and
 * `apportionLargestRemainders`.
 *
 * **Exact arithmetic.** Everything is counted in whole steps; weights, total, step, minimum, current FTE and
 * maxChange are read as the decimals they print as (`scaleToIntegers`), so 77 FTE at step 0.1 is exactly 770
 * steps and weights 0.3 and 0.1 are exactly 3 : 1. A total or minimum that is a multiple of the step only up
 * to floating-point noise (a sum such as 0.1 + 0.2) is taken as that multiple, and `total` in the result is
 * the clean value. Results are multiples of the step printed exactly (14.5, never 14.499999).
 *
 * **Bounds.** Each team's allocation lies in [lower, upper]:
 * - lower = the largest of the minimum and (current − maxChange) rounded up to the step (and 0);
 * - upper = (current + maxChange) rounded down to the step, but never below the minimum.
 * A current FTE off the step grid may always move to the multiples of the step next to it. Within the bounds
 * the method works as usual (bounded divisor method; Hamilton with bounded quotas), so a team whose share
 * would cross a bound is held at it and the others share the rest in proportion. Zero-weight teams get
 * their lower bound (0 unless the minimum or the pace says otherwise); only when every other team is at its
 * upper bound do they take the rest, evenly.
 *
 * **When bounds conflict** the allocation still adds up to the total; it relaxes, and reports in
 * `violations`, in this order — pace first, then minimum:
 * 1. `minimum-infeasible`: minimum × teams > total. No pace can help, so the minimum is lowered to the
 *    largest multiple of the step that fits (⌊total / teams⌋).
 * 2. `pace-infeasible`, per team: the minimum is above current + maxChange (the minimum wins), or maxChange
 *    reaches no multiple of the step around a current value off the grid (the next multiple is allowed).
 * 3. `pace-infeasible`, overall: the bounds cannot add up to the total (Σ lower > total or Σ upper < total);
 *    maxChange is raised for all teams, one step at a time, to the smallest value that can.
 *
 * **`bound`** names the constraint that holds a team: the team sits at that bound and its proportional share
 * lies beyond it (at the common divisor, or the common quota factor for Hamilton, that gives this
 * allocation; a share exactly at the bound is not held). A lower bound is `minimum` when the minimum sets it
 * (also when the pace gives the same), else `max-decrease`; an upper bound is `max-increase`.
 *
 * Throws (RangeError) first on bad input: unknown method; step not > 0; total not a multiple of the step or
 * too large (more than `MAX_APPORTION_UNITS` steps); no teams, an empty team id, a weight that is negative
 * or not finite, or all weights zero; a minimum that is negative or not a multiple of the step; `current`
 * not listing exactly the teams of `weights`, or negative; maxChange negative or given without `current`.
 *
 * @example
 * apportionFte({ total: 10, step: 1, method: 'dhondt', weights: { a: 5100, b: 3100, c: 1800 } }).teams
 *   .map((t) => t.allocated); // [5, 3, 2]
 * apportionFte({ total: 10, weights: { a: 3, b: 1 }, method: 'sainte-lague', current: { a: 5, b: 5 }, maxChange: 1 })
 *   .teams.map((t) => [t.allocated, t.bound]); // [[6, 'max-increase'], [4, 'max-decrease']]
 */
export function apportionFte(input: ApportionInput): ApportionResult {
  const { method, total, minimum, current, maxChange } = input;
  const step = input.step ?? DEFAULT_FTE_STEP;
  if (!METHODS.includes(method)) throw new RangeError(`method must be one of ${METHODS.join(', ')}, got ${String(method)}`);
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) throw new RangeError(`step must be a finite number > 0, got ${String(step)}`);
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) throw new RangeError(`total must be a finite number ≥ 0, got ${String(total)}`);
  if (input.weights === null || typeof input.weights !== 'object') throw new RangeError('weights must be an object of team id → weight');
  const teams = Object.keys(input.weights).sort(compareIds);
  if (teams.length === 0) throw new RangeError('weights must name at least one team');
  for (const team of teams) {
    const w = input.weights[team];
    if (team === '') throw new RangeError('team ids must not be empty');
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new RangeError(`weight of team ${team} must be a finite number ≥ 0, got ${String(w)}`);
  }
  if (teams.every((team) => input.weights[team] === 0)) {
    throw new RangeError(`all team weights are zero, so there is nothing to share ${total} FTE in proportion to; give at least one team a positive weight`);
  }
  if (minimum !== undefined && (typeof minimum !== 'number' || !Number.isFinite(minimum) || minimum < 0)) {
    throw new RangeError(`minimum must be a finite number ≥ 0, got ${String(minimum)}`);
  }
  if (current !== undefined) {
    if (current === null || typeof current !== 'object') throw new RangeError('current must be an object of team id → FTE');
    const missing = teams.filter((team) => !Object.hasOwn(current, team));
    const extra = Object.keys(current).filter((team) => !Object.hasOwn(input.weights, team));
    if (missing.length > 0) throw new RangeError(`current has no FTE for team(s) ${missing.join(', ')} (give 0 for a new team)`);
    if (extra.length > 0) throw new RangeError(`current names team(s) without a weight: ${extra.sort(compareIds).join(', ')}`);
    for (const team of teams) {
      const c = current[team];
      if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) throw new RangeError(`current FTE of team ${team} must be a finite number ≥ 0, got ${String(c)}`);
    }
  }
  if (maxChange !== undefined) {
    if (typeof maxChange !== 'number' || !Number.isFinite(maxChange) || maxChange < 0) throw new RangeError(`maxChange must be a finite number ≥ 0, got ${String(maxChange)}`);
    if (current === undefined) throw new RangeError('maxChange needs current: the pace of change is measured from today’s FTE');
  }

  const units = countWholeSteps(total, step, 'total');
  if (units > MAX_APPORTION_UNITS) throw new RangeError(`total ${total} is ${units} steps of ${step}; at most ${MAX_APPORTION_UNITS} are supported (use a larger step)`);
  const minimumUnits = countWholeSteps(minimum ?? 0, step, 'minimum');
  // The pace in exact integers at one decimal scale: step P, maxChange M, current C.
  const currentFte = current === undefined ? null : teams.map((team) => current[team]!);
  const [stepInt, maxChangeInt, ...currentInt] = scaleToIntegers([step, maxChange ?? 0, ...(currentFte ?? [])]) as [bigint, bigint, ...bigint[]];
  const weights = scaleToIntegers(teams.map((team) => input.weights[team]!));
  const weightSum = weights.reduce((a, b) => a + b, 0n);

  const stepDecimals = countDecimals(step);
  const toFte = (u: number): number => roundTo(u * step, stepDecimals);
  const totalFte = toFte(units);
  const bounds = deriveBounds({
    teams,
    units,
    minimumUnits,
    pace: currentFte === null || maxChange === undefined ? null : { stepInt, maxChangeInt, currentInt, currentFte, maxChange },
    step,
    total: totalFte,
    toFte,
  });

  const problem = { units, weights, lower: bounds.lower, upper: bounds.upper };
  const allocation = method === 'hamilton' ? apportionLargestRemainders(problem) : apportionHighestAverages(problem, method);

  return {
    method,
    step,
    total: totalFte,
    teams: teams.map((team, i): ApportionTeamResult => {
      const fte = toFte(allocation.units[i]!);
      const held = allocation.bound[i];
      const c = currentFte?.[i] ?? null;
      return {
        team,
        quota: divideToNumber(BigInt(units) * weights[i]!, weightSum) * step,
        allocated: fte,
        current: c,
        change: c === null ? null : roundTo(fte - c, Math.max(stepDecimals, countDecimals(c))),
        bound: held === 'lower' ? (bounds.lowerFromPace[i] ? 'max-decrease' : 'minimum') : held === 'upper' && bounds.upperFromPace[i] ? 'max-increase' : null,
      };
    }),
    violations: bounds.violations,
  };
}

interface DerivedBounds {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Per team: the lower bound comes from the pace (else from the minimum). */
  readonly lowerFromPace: readonly boolean[];
  /** Per team: the upper bound comes from the pace and is below the total (else it constrains nothing). */
  readonly upperFromPace: readonly boolean[];
  readonly violations: readonly ApportionViolation[];
}

interface PaceInput {
  readonly stepInt: bigint;
  readonly maxChangeInt: bigint;
  readonly currentInt: readonly bigint[];
  readonly currentFte: readonly number[];
  readonly maxChange: number;
}

/** Lower and upper bounds in steps, relaxed (minimum, then pace per team, then pace overall) until they can hold. */
function deriveBounds(args: {
  teams: readonly string[];
  units: number;
  minimumUnits: number;
  pace: PaceInput | null;
  step: number;
  total: number;
  toFte: (units: number) => number;
}): DerivedBounds {
  const { teams, units, pace, step, total, toFte } = args;
  const n = teams.length;
  const violations: ApportionViolation[] = [];
  let minimumUnits = args.minimumUnits;
  if (minimumUnits * n > units) {
    const relaxed = Math.floor(units / n);
    violations.push({
      kind: 'minimum-infeasible',
      detail: `minimum ${toFte(minimumUnits)} FTE × ${n} teams = ${toFte(minimumUnits * n)} FTE is more than the total ${total} FTE; the minimum is relaxed to ${toFte(relaxed)} FTE`,
    });
    minimumUnits = relaxed;
  }
  if (pace === null) {
    const none = teams.map(() => false);
    return { lower: teams.map(() => minimumUnits), upper: teams.map(() => units), lowerFromPace: none, upperFromPace: none, violations };
  }

  const feasible = (extra: number) => {
    const b = boundsWithPace(pace, extra, minimumUnits);
    return b.lowerSum <= units && b.upperSum >= units;
  };
  let extra = 0;
  if (!feasible(0)) {
    // Feasible for sure once maxChange covers every current value and the whole total.
    const maxCurrent = pace.currentInt.reduce((a, b) => (b > a ? b : a), 0n);
    let hi = Number(ceilDiv(maxCurrent + BigInt(units) * pace.stepInt, pace.stepInt)) + 1;
    let lo = 0; // infeasible
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (feasible(mid)) hi = mid;
      else lo = mid;
    }
    extra = hi;
    const before = boundsWithPace(pace, 0, minimumUnits);
    violations.push({
      kind: 'pace-infeasible',
      detail: `with maxChange ${pace.maxChange} FTE the teams can reach ${toFte(before.lowerSum)}–${toFte(before.upperSum)} FTE together, not the total ${total} FTE; maxChange is relaxed to ${roundTo(pace.maxChange + extra * step, Math.max(countDecimals(step), countDecimals(pace.maxChange)))} FTE for all teams`,
    });
  }
  const final = boundsWithPace(pace, extra, minimumUnits);
  const reach = roundTo(pace.maxChange + extra * step, Math.max(countDecimals(step), countDecimals(pace.maxChange)));
  reportTeamPaceWidening({ teams, paced: final.paced, currentFte: pace.currentFte, minimumUnits, step, reach, toFte }, violations);
  return {
    lower: final.lower,
    upper: final.upper.map((u) => Math.min(u, units)),
    lowerFromPace: final.paced.map((p) => p.low > minimumUnits),
    upperFromPace: final.upper.map((u) => u < units),
    violations,
  };
}

/** One team's pace bounds in steps, and whether they had to be widened to reach a multiple of the step. */
interface PaceBound {
  readonly low: number;
  readonly high: number;
  readonly widenedLow: boolean;
  readonly widenedHigh: boolean;
}

/** Pace bounds in steps with maxChange widened by `extra` steps: inward-rounded, never narrower than the multiples of step next to current. */
function paceBoundsInSteps(pace: PaceInput, extra: number): PaceBound[] {
  const { stepInt: P, maxChangeInt: M, currentInt: C } = pace;
  const reach = M + BigInt(extra) * P;
  return C.map((c) => {
    const inwardLow = ceilDiv(c - reach, P);
    const inwardHigh = floorDiv(c + reach, P);
    const gridLow = floorDiv(c, P);
    const gridHigh = ceilDiv(c, P);
    return {
      low: Number(inwardLow < gridLow ? inwardLow : gridLow),
      high: Number(inwardHigh > gridHigh ? inwardHigh : gridHigh),
      widenedLow: inwardLow > gridLow,
      widenedHigh: inwardHigh < gridHigh,
    };
  });
}

/** The pace bounds combined with the minimum (and zero), with their sums. */
function boundsWithPace(pace: PaceInput, extra: number, minimumUnits: number) {
  const paced = paceBoundsInSteps(pace, extra);
  const lower = paced.map((p) => Math.max(0, p.low, minimumUnits));
  const upper = paced.map((p) => Math.max(p.high, minimumUnits));
  return { paced, lower, upper, lowerSum: sum(lower), upperSum: sum(upper) };
}

/** Says, per team, where its pace bound had to give way: to a multiple of the step, or to the minimum. */
function reportTeamPaceWidening(
  args: { teams: readonly string[]; paced: readonly PaceBound[]; currentFte: readonly number[]; minimumUnits: number; step: number; reach: number; toFte: (units: number) => number },
  violations: ApportionViolation[],
): void {
  const { paced, currentFte, minimumUnits, step, reach, toFte } = args;
  args.teams.forEach((team, i) => {
    const p = paced[i]!;
    const c = currentFte[i]!;
    if (p.widenedLow) {
      violations.push({ kind: 'pace-infeasible', detail: `${team}: no multiple of the step ${step} FTE lies within maxChange ${reach} FTE below current ${c} FTE; the team may go down to ${toFte(p.low)} FTE` });
    }
    if (p.widenedHigh) {
      violations.push({ kind: 'pace-infeasible', detail: `${team}: no multiple of the step ${step} FTE lies within maxChange ${reach} FTE above current ${c} FTE; the team may go up to ${toFte(p.high)} FTE` });
    }
    if (minimumUnits > p.high) {
      violations.push({ kind: 'pace-infeasible', detail: `${team}: the minimum ${toFte(minimumUnits)} FTE is more than current ${c} FTE + maxChange ${reach} FTE; the team may rise to the minimum` });
    }
  });
}

/**
 * `value` in whole steps: exact when its decimal is a multiple of the step's (77 at 0.1 → 770), else when it
 * is one up to floating-point noise (a sum such as 0.1 + 0.2 at step 0.1 → 3); throws otherwise.
 */
function countWholeSteps(value: number, step: number, what: string): number {
  const [valueInt, stepInt] = scaleToIntegers([value, step]) as [bigint, bigint];
  if (valueInt % stepInt === 0n) return Number(valueInt / stepInt);
  const steps = Math.round(value / step);
  if (Math.abs(steps * step - value) <= 1e-9 * Math.max(step, value)) return steps;
  throw new RangeError(`${what} ${value} is not a multiple of the step ${step}`);
}

/** Team ids in code-unit order (locale-independent, so the result never depends on the machine). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n === b < 0n ? q + 1n : q;
}

/** Decimal places of a number as it prints (0.5 → 1, 1.25e-7 → 9). */
function countDecimals(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** The double nearest to `value` written with `decimals` places (so 14.499999999 at 1 place is 14.5). */
function roundTo(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(Math.min(decimals, 100)));
  return rounded === 0 ? 0 : rounded; // never -0
}

/** a / b as the nearest double, for exact bigint quotients (a, b ≥ 0, b > 0). */
function divideToNumber(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = Math.max(0, 64 + b.toString(2).length - a.toString(2).length);
  const scaled = Number((a << BigInt(shift)) / b);
  const half = Math.floor(shift / 2);
  return scaled / 2 ** half / 2 ** (shift - half);
}
