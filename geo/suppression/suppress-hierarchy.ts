import { auditLinearSystem, proposeFreeingSets, type LinearAudit } from './find-linearly-determined-cells';
import { indexAdditiveGroups, type AdditiveGroupIndex } from './index-additive-groups';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-small-counts';

/** What a table may show of one cell: its value, or not because of primary or secondary suppression, or nothing because the value is missing. */
export type SuppressionStatus = 'shown' | 'primary' | 'secondary' | 'missing';
/** A count at some level (a sector, a wijk, a team, the municipality); `null` = missing (unknown, or withheld by the source). */
export interface HierarchyCell {
  readonly id: string;
  readonly value: number | null;
}
/** One additive relation: total = Σ parts (e.g. a wijk and its sectors; the municipality and its wijken). */
export interface AdditiveGroup {
  readonly total: string;
  readonly parts: readonly string[];
}
export interface SuppressHierarchyOptions {
  readonly sensitive: boolean;
  /** Largest count that is suppressed; counts 1..threshold are hidden (primary). Default 4. */
  readonly threshold?: number;
  /**
   * Treat a missing cell as a value to protect (default true): a group whose only unknown cell is a missing
   * one gets a secondary suppression too, because "total − shown parts" would give a value the source
   * withheld (most often a small count). With false, missing cells only count as unknowns that block
   * recovery. Applies to sensitive indicators only.
   */
  readonly protectMissing?: boolean;
  /**
   * Protect the sum of the hidden parts of a group (default true): when a group's total is shown and none
   * of its cells is missing, "total − shown parts" is the combined count of its hidden parts, and that must
   * not itself be 1..threshold (two sectors with 1 and 2 clients would otherwise show "3 clients in these
   * two sectors"). Applies to sensitive indicators only.
   */
  readonly protectHiddenSums?: boolean;
  /**
   * 'linear' (default): after the groups are made safe one by one, also audit the whole linear system and
   * hide more until no protected cell can be solved for by combining groups (rule 5). 'single-group': stop
   * after rule 4 (for very large connected tables; weaker: see the limit).
   */
  readonly audit?: 'linear' | 'single-group';
}

const SHOWN = 0;
const PRIMARY = 1;
const SECONDARY = 2;
const MISSING = 3;
const STATUS_NAMES: readonly SuppressionStatus[] = ['shown', 'primary', 'secondary', 'missing'];

/**
 * Small-cell suppression over a hierarchy of additive tables: primary suppression of small counts, then
 * secondary suppression until no hidden cell can be worked out from the figures that are shown.
 *
 * **Cells and groups.** Every cell is a count at one level; every group says `total = Σ parts`. The same
 * cell can sit in many groups (a sector is a part of its wijk, its deelgemeente and its team territory; a
 * wijk is the total of its sectors and a part of the municipality). Levels need not nest.
 *
 * **Rules** (deterministic; a non-sensitive indicator shows every value and only `null` is 'missing').
 * 1. `null` → 'missing'. A missing cell is an unknown in every group it is in.
 * 2. Primary: a count 1..threshold → 'primary' (the rule of `suppressSmallCount`; 0 is shown).
 * 3. A group is *unsafe* when
 *    a. exactly one of its cells (the total or a part) is not shown: it is "shown total − shown parts", or
 *       "Σ shown parts" for a hidden total. With the default `protectMissing` a missing cell counts as a
 *       cell to protect (the source withheld it, usually because it was small); with false, a group whose
 *       only unknown is missing is safe. A group with a missing cell and a hidden one has two unknowns, so
 *       it cannot give the hidden one away on its own;
 *    b. or (`protectHiddenSums`, default) its total is shown, none of its cells is missing, and the sum of
 *       its hidden parts — which anyone can compute — is 1..threshold.
 * 4. Secondary, group by group: while some group is unsafe (a work queue over the groups in input order,
 *    re-checking every group of a newly hidden cell, to a fixed point), hide one shown cell of it — a part
 *    or the total — among those that make it safe, the cheapest by, in order:
 *    a. non-zero before zero (a hidden zero protects only from a reader who cannot guess it is zero);
 *    b. the smallest information lost: its value, plus for every other group of the cell that hiding it
 *       makes unsafe the value of the cheapest non-zero shown cell there (the next hiding it will force),
 *       minus the same for a group it makes safe. So a part is taken before its total (total ≥ part) unless
 *       the part would force more hiding elsewhere, and a total that equals its only non-zero part is hidden
 *       rather than a zero;
 *    c. cells that are the total of some group last; then the smaller value; then the smaller id.
 * 5. Secondary, whole system (`audit: 'linear'`, default): while the linear system of all groups still
 *    determines a protected cell (`findLinearlyDeterminedCells` — e.g. a wijk and a deelgemeente that
 *    cover the same sectors, or differences across the wijk, deelgemeente and team partitions), hide the
 *    cheapest one or two shown cells that set some free without being determined themselves (non-zero
 *    first, fewer cells, more set free, smaller value, fewer totals, ids), or when there is none the
 *    cheapest shown cell nearest to the first determined one; then rule 4 again. Every round hides a
 *    cell, so it ends.
 *
 * **Guarantee and limit.** With the defaults, no hidden cell (primary, secondary or missing) is fixed by
 * the shown figures through any linear combination of the groups — not by one group's subtraction, nor by
 * combining the wijk, deelgemeente and team partitions — and no group reveals a hidden combined count of
 * 1..threshold (`findRecoverableCells`, `findLinearlyDeterminedCells` and `findDisclosedHiddenSums` prove
 * it for a result). With `audit: 'single-group'` only single-group differencing is excluded. What is not
 * excluded is *interval* disclosure: using that counts are ≥ 0 (and, if a reader can tell primary from
 * secondary cells, that primaries are 1..threshold and secondaries above it), the equations can bound a
 * hidden cell tightly. Closing that needs a linear-programming audit (minimise and maximise every hidden
 * cell subject to all groups and the known bounds, and hide more until each range is wide enough, as
 * τ-ARGUS does). So show primary and secondary cells alike ("< 5 or hidden"), never which is which.
 *
 * Cost: rule 4 is about Σ group sizes × groups per cell (20,000 cells: milliseconds); rule 5 does dense
 * Gaussian elimination per connected set of hidden cells, fine for a municipality (the 113 Kortrijk
 * sectors with 30 wijken, deelgemeenten, teams and the municipality: well under a millisecond per table)
 * but cubic in the size of one such set.
 *
 * @example
 * // a wijk W = a + b + c with a = 2 (primary): b (the smaller shown count) is hidden too
 * suppressHierarchy(
 *   [{ id: 'W', value: 20 }, { id: 'a', value: 2 }, { id: 'b', value: 7 }, { id: 'c', value: 11 }],
 *   [{ total: 'W', parts: ['a', 'b', 'c'] }],
 *   { sensitive: true },
 * ); // Map { W → 'shown', a → 'primary', b → 'secondary', c → 'shown' }
 */
export function suppressHierarchy(
  cells: readonly HierarchyCell[],
  groups: readonly AdditiveGroup[],
  options: SuppressHierarchyOptions,
): Map<string, SuppressionStatus> {
  if (options === null || typeof options !== 'object' || typeof options.sensitive !== 'boolean') {
    throw new TypeError('options.sensitive must be true or false');
  }
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 0) throw new RangeError(`threshold must be a whole number ≥ 0, got ${threshold}`);
  const audit = options.audit ?? 'linear';
  if (audit !== 'linear' && audit !== 'single-group') throw new RangeError(`audit must be 'linear' or 'single-group', got ${String(audit)}`);
  // Cells in a canonical order (by id): where the secondary choice has ties, the same cells are hidden
  // however the caller ordered them.
  const ordered = [...cells].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = indexAdditiveGroups(ordered, groups);
  const { ids, values } = index;
  const n = ids.length;
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    status[i] = Number.isNaN(value) ? MISSING : options.sensitive && value > 0 && value <= threshold ? PRIMARY : SHOWN;
  }
  if (options.sensitive) {
    addSecondarySuppressions(index, status, threshold, options.protectMissing ?? true, options.protectHiddenSums ?? true, audit === 'linear');
  }
  const result = new Map<string, SuppressionStatus>();
  for (let i = 0; i < n; i++) result.set(ids[i]!, STATUS_NAMES[status[i]!]!);
  return result;
}

/** Rules 3–5 on the status codes, in place. */
function addSecondarySuppressions(
  index: AdditiveGroupIndex,
  status: Uint8Array,
  threshold: number,
  protectMissing: boolean,
  protectHiddenSums: boolean,
  linear: boolean,
): void {
  const safety = new GroupSafety(index, status, threshold, protectMissing, protectHiddenSums);
  safety.closeAllGroups();
  if (!linear) return;

  // Rule 5: while the whole linear system pins a protected cell down, hide the cheapest set of one or two
  // shown cells that sets some free, make the groups safe again, and audit again.
  const n = index.ids.length;
  const mask = new Uint8Array(n);
  const protectedCell = (c: number): boolean => status[c] !== MISSING || protectMissing;
  for (;;) {
    for (let c = 0; c < n; c++) mask[c] = status[c] === SHOWN ? 0 : 1;
    const targets = Array.from(auditLinearSystem(index, mask, false).determined).filter(protectedCell);
    if (targets.length === 0) return;
    const best = cheapestFreeingSet(index, safety.isTotal, auditLinearSystem(index, mask, true), targets) ?? [nearestShownCell(index, status, safety.isTotal, targets[0]!)];
    for (const c of best) safety.hide(c);
    safety.closeQueuedGroups();
  }
}

/**
 * Rules 3 and 4: per group, how many of its cells are unknown or missing and the sum of its hidden parts,
 * kept up to date as cells are hidden, and the work queue that hides cells until every group is safe.
 */
class GroupSafety {
  private readonly unknown: Int32Array;
  private readonly missing: Int32Array;
  private readonly hiddenPartSum: Float64Array;
  /** 1 for cells that are the total of some group. */
  readonly isTotal: Uint8Array;
  private readonly queue: number[] = [];
  private readonly queued: Uint8Array;
  /** The cost key of the last `costOfHiding` (rule 4 a–c), and of the best candidate so far. */
  private readonly key = new Float64Array(4);
  private readonly bestKey = new Float64Array(4);

  constructor(
    private readonly index: AdditiveGroupIndex,
    private readonly status: Uint8Array,
    private readonly threshold: number,
    private readonly protectMissing: boolean,
    private readonly protectHiddenSums: boolean,
  ) {
    const { ids, values, totals, partStart, partCells } = index;
    const groupCount = totals.length;
    this.unknown = new Int32Array(groupCount);
    this.missing = new Int32Array(groupCount);
    this.hiddenPartSum = new Float64Array(groupCount);
    this.isTotal = new Uint8Array(ids.length);
    this.queued = new Uint8Array(groupCount);
    for (let g = 0; g < groupCount; g++) {
      const total = totals[g]!;
      this.isTotal[total] = 1;
      if (status[total] !== SHOWN) this.unknown[g]!++;
      if (status[total] === MISSING) this.missing[g]!++;
      for (let k = partStart[g]!; k < partStart[g + 1]!; k++) {
        const p = partCells[k]!;
        if (status[p] === SHOWN) continue;
        this.unknown[g]!++;
        if (status[p] === MISSING) this.missing[g]!++;
        else this.hiddenPartSum[g]! += values[p]!;
      }
    }
  }

  /** Rule 3 on a group's counts: one unknown (rule a), or a shown total with a small hidden sum (rule b). */
  private unsafeWith(u: number, miss: number, sum: number, totalShown: boolean): boolean {
    return (u === 1 && (this.protectMissing || miss === 0)) || (this.protectHiddenSums && totalShown && miss === 0 && sum > 0 && sum <= this.threshold);
  }

  private isUnsafe(g: number): boolean {
    return this.unsafeWith(this.unknown[g]!, this.missing[g]!, this.hiddenPartSum[g]!, this.status[this.index.totals[g]!] === SHOWN);
  }

  /** Whether group g is unsafe once shown cell c is hidden too. */
  private unsafeAfterHiding(g: number, c: number): boolean {
    const totals = this.index.totals;
    const asTotal = totals[g] === c;
    return this.unsafeWith(this.unknown[g]! + 1, this.missing[g]!, this.hiddenPartSum[g]! + (asTotal ? 0 : this.index.values[c]!), !asTotal && this.status[totals[g]!] === SHOWN);
  }

  /** Hides shown cell c (secondary) and queues every group it is in. */
  hide(c: number): void {
    const { values, totals, memberStart, memberGroups } = this.index;
    this.status[c] = SECONDARY;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const h = memberGroups[m]!;
      this.unknown[h]!++;
      if (totals[h] !== c) this.hiddenPartSum[h]! += values[c]!;
      if (this.queued[h] === 0) {
        this.queued[h] = 1;
        this.queue.push(h);
      }
    }
  }

  /** Rule 4: the cost of hiding shown cell c to make group g safe into `key`, lower is cheaper (ties: smaller id). */
  private costOfHiding(g: number, c: number): void {
    const { values, totals, partStart, partCells, memberStart, memberGroups } = this.index;
    const status = this.status;
    let lookahead = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const h = memberGroups[m]!;
      if (h === g) continue;
      const after = this.unsafeAfterHiding(h, c);
      if (after === this.isUnsafe(h)) continue;
      let cheapest = 0;
      for (let k = partStart[h]! - 1; k < partStart[h + 1]!; k++) {
        const x = k < partStart[h]! ? totals[h]! : partCells[k]!;
        if (x !== c && status[x] === SHOWN && values[x]! > 0 && (cheapest === 0 || values[x]! < cheapest)) cheapest = values[x]!;
      }
      lookahead += after ? cheapest : -cheapest;
    }
    const key = this.key;
    key[0] = values[c] === 0 ? 1 : 0;
    key[1] = values[c]! + lookahead;
    key[2] = this.isTotal[c]!;
    key[3] = values[c]!;
  }

  /** Queues every group (in input order) and makes them all safe. */
  closeAllGroups(): void {
    const groupCount = this.index.totals.length;
    for (let g = 0; g < groupCount; g++) {
      this.queue.push(g);
      this.queued[g] = 1;
    }
    this.closeQueuedGroups();
  }

  /** Works through the queue to a fixed point, hiding the cheapest fixing cell of each unsafe group. */
  closeQueuedGroups(): void {
    const { ids, totals, partStart, partCells } = this.index;
    const { queue, queued, status, key, bestKey } = this;
    for (let head = 0; head < queue.length; head++) {
      const g = queue[head]!;
      queued[g] = 0;
      if (!this.isUnsafe(g)) continue;
      let best = -1;
      let bestFixes = false;
      for (let k = partStart[g]! - 1; k < partStart[g + 1]!; k++) {
        const c = k < partStart[g]! ? totals[g]! : partCells[k]!;
        if (status[c] !== SHOWN) continue;
        const fixes = !this.unsafeAfterHiding(g, c);
        if (best !== -1 && bestFixes && !fixes) continue;
        this.costOfHiding(g, c);
        if (best === -1 || (fixes && !bestFixes) || isCheaper(key, ids[c]!, bestKey, ids[best]!)) {
          best = c;
          bestFixes = fixes;
          bestKey.set(key);
        }
      }
      // An unsafe group always has a shown cell: rule a leaves all but one shown, rule b needs a shown total.
      if (best === -1) throw new Error(`internal: group ${g} is unsafe but has no shown cell`);
      this.hide(best);
    }
    queue.length = 0;
  }
}

/**
 * Rule 5's choice among the sets of one or two shown cells that free some of `targets`: non-zero first, fewer
 * cells, more set free, smaller value, fewer totals, then ids. Null when there is no such set.
 */
function cheapestFreeingSet(index: AdditiveGroupIndex, isTotal: Uint8Array, audit: LinearAudit, targets: readonly number[]): readonly number[] | null {
  const { ids, values } = index;
  let best: readonly number[] | null = null;
  let bestCost: readonly number[] = [];
  let bestName = '';
  for (const set of proposeFreeingSets(audit, new Set(targets))) {
    let zeros = 0;
    let sum = 0;
    let totalsHidden = 0;
    for (const c of set.cells) {
      zeros += values[c] === 0 ? 1 : 0;
      sum += values[c]!;
      totalsHidden += isTotal[c]!;
    }
    const cost = [zeros, set.cells.length, -set.freed.length, sum, totalsHidden];
    const name = set.cells.map((c) => ids[c]!).join('\u0000');
    if (best === null || isCheaper(cost, name, bestCost, bestName)) {
      best = set.cells;
      bestCost = cost;
      bestName = name;
    }
  }
  return best;
}

/**
 * When neither one cell nor a pair sets a pinned cell free: the cheapest shown cell nearest to it
 * (breadth-first over groups through cells that are not shown; non-zero first, then smallest value, totals
 * last, id). Hiding it and closing the groups again makes progress, as every round hides a cell.
 */
function nearestShownCell(index: AdditiveGroupIndex, status: Uint8Array, isTotal: Uint8Array, start: number): number {
  const { ids, values, totals, partStart, partCells, memberStart, memberGroups } = index;
  const seen = new Uint8Array(ids.length);
  seen[start] = 1;
  let frontier = [start];
  const key = new Float64Array(3);
  const pickKey = new Float64Array(3);
  while (frontier.length > 0) {
    const next: number[] = [];
    let pick = -1;
    for (const cell of frontier) {
      for (let m = memberStart[cell]!; m < memberStart[cell + 1]!; m++) {
        const g = memberGroups[m]!;
        for (let k = partStart[g]! - 1; k < partStart[g + 1]!; k++) {
          const c = k < partStart[g]! ? totals[g]! : partCells[k]!;
          if (seen[c]) continue;
          seen[c] = 1;
          if (status[c] !== SHOWN) {
            next.push(c);
            continue;
          }
          key[0] = values[c] === 0 ? 1 : 0;
          key[1] = values[c]!;
          key[2] = isTotal[c]!;
          if (pick === -1 || isCheaper(key, ids[c]!, pickKey, ids[pick]!)) {
            pick = c;
            pickKey.set(key);
          }
        }
      }
    }
    if (pick !== -1) return pick;
    frontier = next;
  }
  throw new Error(`internal: cell ${ids[start]} is determined but no shown cell is linked to it`);
}

function isCheaper(key: ArrayLike<number>, id: string, than: ArrayLike<number>, thanId: string): boolean {
  for (let k = 0; k < key.length; k++) {
    if (key[k] !== than[k]) return key[k]! < than[k]!;
  }
  return id < thanId;
}
