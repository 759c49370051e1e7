import type { ApportionMethod } from '../../../../geo/apportionment';
import { MAX_TEAM_FTE, MAX_TOTAL_FTE, RADIUS_KM } from '../number-entry';

/** A centre the scenario adds (not in the package). */
export interface AddedCentre {
  readonly id: string;
  readonly name: string;
  readonly team: string | null;
  readonly lon: number;
  readonly lat: number;
}

/**
 * A planning scenario: a named set of changes over the baseline (the package's data), which it never changes.
 * Everything absent means "as today".
 */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  /** Total social-worker FTE the formula apportions (null: today's total). */
  readonly totalFte: number | null;
  /** Social-worker FTE per team id in the scenario (teams not listed: today's). */
  readonly teamFte: Readonly<Record<string, number>>;
  readonly method: ApportionMethod;
  /** Constraints of the formula, also checked against hand edits: minimum FTE per team, maximum change per team. */
  readonly minimum: number | null;
  readonly maxChange: number | null;
  readonly added: readonly AddedCentre[];
  /** Today's centres moved: id → [lon, lat]. */
  readonly moved: Readonly<Record<string, readonly [number, number]>>;
  /** Today's centres closed (ids). */
  readonly closed: readonly string[];
  /** Travel radius per mode id in metres (modes not listed: the engine's default). */
  readonly radii: Readonly<Record<string, number>>;
  /** Today's centres renamed in this scenario: id → name (an added centre carries its own name). */
  readonly renamed: Readonly<Record<string, string>>;
  /** Whether a team's FTE was set by hand since the scenario began or the formula was last applied. */
  readonly handEdited: boolean;
  /**
   * Territory changes: base-area code → team id, only for areas whose team differs from today's (a minimal
   * diff from the baseline; areas not listed keep today's team).
   */
  readonly territory: Readonly<Record<string, string>>;
}

interface Snapshot {
  readonly list: readonly Scenario[];
  readonly activeId: string | null;
}

export interface ScenarioState extends Snapshot {
  /** What the active scenario is compared with: the baseline or another scenario's id. */
  readonly compareWith: 'baseline' | string;
  /** Undo and redo stacks of whole snapshots (newest last). */
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  /** Successive edits with the same key (one slider drag) make one undo step. */
  readonly lastEditKey: string | null;
}

export const MAX_UNDO = 200;

export const initialScenarioState: ScenarioState = { list: [], activeId: null, compareWith: 'baseline', past: [], future: [], lastEditKey: null };

export function emptyScenario(id: string, name: string): Scenario {
  return { id, name, totalFte: null, teamFte: {}, method: 'sainte-lague', minimum: null, maxChange: null, added: [], moved: {}, closed: [], radii: {}, renamed: {}, handEdited: false, territory: {} };
}

/** Refuses an FTE per team outside 0…MAX_TEAM_FTE, and teams that together would hold more than MAX_TOTAL_FTE. */
function checkTeamFte(teamFte: Readonly<Record<string, number>>): void {
  let sum = 0;
  for (const [team, fte] of Object.entries(teamFte)) {
    if (!Number.isFinite(fte) || fte < 0 || fte > MAX_TEAM_FTE) throw new RangeError(`FTE of ${team} must be a number from 0 to ${MAX_TEAM_FTE}, got ${fte}`);
    sum += fte;
  }
  if (sum > MAX_TOTAL_FTE) throw new RangeError(`The teams together must hold at most ${MAX_TOTAL_FTE} FTE, got ${sum}`);
}

/** Records the change from `s` to `next` as one undo step (or merges it into the last one for the same key). */
function record(s: ScenarioState, next: Snapshot, key: string | null = null): ScenarioState {
  if (next.list === s.list && next.activeId === s.activeId) return s;
  const merge = key !== null && key === s.lastEditKey && s.past.length > 0;
  const past = merge ? s.past : [...s.past, { list: s.list, activeId: s.activeId }].slice(-MAX_UNDO);
  return { ...s, ...next, past, future: [], lastEditKey: key };
}

/** Applies an edit to the active scenario (no-op without one). */
function editActive(s: ScenarioState, edit: (sc: Scenario) => Scenario, key: string | null = null): ScenarioState {
  const index = s.list.findIndex((sc) => sc.id === s.activeId);
  if (index < 0) return s;
  const before = s.list[index]!;
  const after = edit(before);
  if (after === before) return s;
  const list = s.list.map((sc, i) => (i === index ? after : sc));
  return record(s, { list, activeId: s.activeId }, key);
}

/** Adds a scenario (as the baseline: no changes; or with the changes of `from`) and makes it active. */
export const createScenario = (id: string, name: string, from?: Omit<Scenario, 'id' | 'name'>) => (s: ScenarioState): ScenarioState => {
  if (s.list.some((sc) => sc.id === id)) throw new RangeError(`A scenario with id ${id} exists`);
  if (from) checkTeamFte(from.teamFte);
  const scenario: Scenario = from ? { ...from, id, name } : emptyScenario(id, name);
  return record(s, { list: [...s.list, scenario], activeId: id });
};

/** Adds a copy of the active scenario under a new id and name and makes it active (no-op without one). */
export const duplicateScenario = (id: string, name: string) => (s: ScenarioState): ScenarioState => {
  const from = s.list.find((sc) => sc.id === s.activeId);
  return from ? createScenario(id, name, from)(s) : s;
};

export const renameScenario = (id: string, name: string) => (s: ScenarioState): ScenarioState => {
  const trimmed = name.trim();
  if (trimmed === '') return s;
  return record(s, { list: s.list.map((sc) => (sc.id === id && sc.name !== trimmed ? { ...sc, name: trimmed } : sc)), activeId: s.activeId });
};

export const deleteScenario = (id: string) => (s: ScenarioState): ScenarioState => {
  const list = s.list.filter((sc) => sc.id !== id);
  if (list.length === s.list.length) return s;
  const next = record(s, { list, activeId: s.activeId === id ? (list.at(-1)?.id ?? null) : s.activeId });
  return next.compareWith === id ? { ...next, compareWith: 'baseline' } : next;
};

/** Makes a scenario active (null: the baseline); not an undo step. */
export const activateScenario = (id: string | null) => (s: ScenarioState): ScenarioState =>
  id === s.activeId || (id !== null && !s.list.some((sc) => sc.id === id)) ? s : { ...s, activeId: id, lastEditKey: null };

export const setCompareWith = (target: 'baseline' | string) => (s: ScenarioState): ScenarioState => (s.compareWith === target ? s : { ...s, compareWith: target });

/** One team's FTE; `key` groups the steps of one slider drag into one undo step. */
export const setTeamFte = (team: string, fte: number, key: string | null = null) => (s: ScenarioState): ScenarioState => {
  if (!Number.isFinite(fte) || fte < 0 || fte > MAX_TEAM_FTE) throw new RangeError(`FTE must be a number from 0 to ${MAX_TEAM_FTE}, got ${fte}`);
  const rounded = Math.round(fte * 100) / 100;
  return editActive(
    s,
    (sc) => {
      if (sc.teamFte[team] === rounded) return sc;
      const teamFte = { ...sc.teamFte, [team]: rounded };
      checkTeamFte(teamFte);
      return { ...sc, teamFte, handEdited: true };
    },
    key,
  );
};

/** Moves FTE from one team to another (the total stays). `current` gives today's FTE of teams not yet edited. */
export const moveFte = (from: string, to: string, amount: number, current: Readonly<Record<string, number>>) => (s: ScenarioState): ScenarioState =>
  editActive(s, (sc) => {
    const a = sc.teamFte[from] ?? current[from] ?? 0;
    const b = sc.teamFte[to] ?? current[to] ?? 0;
    if (amount <= 0 || amount > a) throw new RangeError(`Cannot move ${amount} FTE from ${from}, which has ${a}`);
    const teamFte = { ...sc.teamFte, [from]: a - amount, [to]: b + amount };
    checkTeamFte(teamFte);
    return { ...sc, teamFte, handEdited: true };
  });

/** Sets every team's FTE at once (the formula's targets, so not by hand): one undo step. */
export const setAllTeamFte = (fte: Readonly<Record<string, number>>) => (s: ScenarioState): ScenarioState => {
  checkTeamFte(fte);
  return editActive(s, (sc) => ({ ...sc, teamFte: { ...fte }, handEdited: false }));
};

export const setTotalFte = (total: number | null) => (s: ScenarioState): ScenarioState => {
  if (total !== null && (!Number.isFinite(total) || total <= 0 || total > MAX_TOTAL_FTE)) throw new RangeError(`Total FTE must be a number > 0 and ≤ ${MAX_TOTAL_FTE}, got ${total}`);
  return editActive(s, (sc) => (sc.totalFte === total ? sc : { ...sc, totalFte: total }), 'total');
};

export const setMethod = (method: ApportionMethod) => (s: ScenarioState): ScenarioState => editActive(s, (sc) => (sc.method === method ? sc : { ...sc, method }));

export const setConstraints = (constraints: { minimum?: number | null; maxChange?: number | null }) => (s: ScenarioState): ScenarioState => {
  for (const v of [constraints.minimum, constraints.maxChange])
    if (v !== undefined && v !== null && (!Number.isFinite(v) || v < 0 || v > MAX_TEAM_FTE)) throw new RangeError(`Constraints must be numbers from 0 to ${MAX_TEAM_FTE}, got ${v}`);
  return editActive(s, (sc) => ({ ...sc, ...constraints }));
};

export const addCentre = (centre: AddedCentre) => (s: ScenarioState): ScenarioState =>
  editActive(s, (sc) => {
    if (sc.added.some((c) => c.id === centre.id)) throw new RangeError(`A centre with id ${centre.id} exists`);
    return { ...sc, added: [...sc.added, centre] };
  });

/** Moves a centre: an added one, or one of today's (recorded in `moved`). */
export const moveCentre = (id: string, lon: number, lat: number, key: string | null = null) => (s: ScenarioState): ScenarioState =>
  editActive(
    s,
    (sc) =>
      sc.added.some((c) => c.id === id)
        ? { ...sc, added: sc.added.map((c) => (c.id === id ? { ...c, lon, lat } : c)) }
        : { ...sc, moved: { ...sc.moved, [id]: [lon, lat] as const } },
    key,
  );

/** Closes a centre: an added one is removed, one of today's is listed as closed. */
export const closeCentre = (id: string) => (s: ScenarioState): ScenarioState =>
  editActive(s, (sc) =>
    sc.added.some((c) => c.id === id) ? { ...sc, added: sc.added.filter((c) => c.id !== id) } : sc.closed.includes(id) ? sc : { ...sc, closed: [...sc.closed, id] },
  );

/**
 * Names a centre in the scenario: an added one gets the name itself; one of today's keeps it as the
 * scenario's name for it (given `packageName`, the package's own name removes the scenario's). Empty: no-op.
 */
export const renameCentre = (id: string, name: string, packageName?: string) => (s: ScenarioState): ScenarioState => {
  const trimmed = name.trim();
  if (trimmed === '') return s;
  return editActive(s, (sc) => {
    if (sc.added.some((c) => c.id === id)) return sc.added.some((c) => c.id === id && c.name !== trimmed) ? { ...sc, added: sc.added.map((c) => (c.id === id ? { ...c, name: trimmed } : c)) } : sc;
    if (trimmed === packageName) {
      if (!(id in sc.renamed)) return sc;
      const { [id]: _dropped, ...renamed } = sc.renamed;
      return { ...sc, renamed };
    }
    return sc.renamed[id] === trimmed ? sc : { ...sc, renamed: { ...sc.renamed, [id]: trimmed } };
  });
};

export const reopenCentre = (id: string) => (s: ScenarioState): ScenarioState => editActive(s, (sc) => (sc.closed.includes(id) ? { ...sc, closed: sc.closed.filter((c) => c !== id) } : sc));

export const setRadius = (mode: string, metres: number) => (s: ScenarioState): ScenarioState => {
  if (!Number.isFinite(metres) || metres < RADIUS_KM.min * 1000 || metres > RADIUS_KM.max * 1000) throw new RangeError(`A radius must be ${RADIUS_KM.min * 1000}–${RADIUS_KM.max * 1000} m, got ${metres}`);
  return editActive(s, (sc) => (sc.radii[mode] === metres ? sc : { ...sc, radii: { ...sc.radii, [mode]: metres } }), `radius:${mode}`);
};

/**
 * Gives base areas to a team in the active scenario, as one undo step: `today` is each area's team in the
 * baseline, so an area given back to its own team leaves the diff and the scenario keeps only real changes.
 * Areas `today` does not know are ignored.
 *
 * @example
 * assignScenarioAreas(['A', 'B'], 'zuid', new Map([['A', 'noord'], ['B', 'zuid']]))(state) // territory { A: 'zuid' }
 */
export const assignScenarioAreas = (codes: readonly string[], team: string, today: ReadonlyMap<string, string | null>) => (s: ScenarioState): ScenarioState =>
  editActive(s, (sc) => {
    const territory: Record<string, string> = { ...sc.territory };
    let changed = false;
    for (const code of codes) {
      if (!today.has(code)) continue;
      const want = today.get(code) === team ? undefined : team;
      if (territory[code] === want) continue;
      if (want === undefined) delete territory[code];
      else territory[code] = want;
      changed = true;
    }
    return changed ? { ...sc, territory } : sc;
  });

/** Replaces the active scenario's territory changes (a proposal, or {} to go back to today's territories): one undo step. */
export const setScenarioTerritory = (territory: Readonly<Record<string, string>>) => (s: ScenarioState): ScenarioState =>
  editActive(s, (sc) => {
    const same = Object.keys(territory).length === Object.keys(sc.territory).length && Object.entries(territory).every(([k, v]) => sc.territory[k] === v);
    return same ? sc : { ...sc, territory: { ...territory } };
  });

/** Ends a run of merged edits (a slider released): the next edit is a new undo step. */
export const endEdit = (s: ScenarioState): ScenarioState => (s.lastEditKey === null ? s : { ...s, lastEditKey: null });

export const undo = (s: ScenarioState): ScenarioState => {
  const previous = s.past.at(-1);
  if (!previous) return s;
  return { ...s, ...previous, past: s.past.slice(0, -1), future: [...s.future, { list: s.list, activeId: s.activeId }], lastEditKey: null };
};

export const redo = (s: ScenarioState): ScenarioState => {
  const next = s.future.at(-1);
  if (!next) return s;
  return { ...s, ...next, future: s.future.slice(0, -1), past: [...s.past, { list: s.list, activeId: s.activeId }], lastEditKey: null };
};

/** Replaces everything (a project opened): no undo history across projects. */
export const loadScenarios = (list: readonly Scenario[], activeId: string | null) => (_s: ScenarioState): ScenarioState => ({
  ...initialScenarioState,
  list,
  activeId: activeId !== null && list.some((sc) => sc.id === activeId) ? activeId : (list[0]?.id ?? null),
});
