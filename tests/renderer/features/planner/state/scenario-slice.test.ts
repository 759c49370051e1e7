import { describe, expect, it } from 'vitest';
import {
  activateScenario,
  addCentre,
  assignScenarioAreas,
  closeCentre,
  createScenario,
  deleteScenario,
  duplicateScenario,
  emptyScenario,
  endEdit,
  initialScenarioState,
  loadScenarios,
  MAX_UNDO,
  moveCentre,
  moveFte,
  redo,
  renameCentre,
  renameScenario,
  reopenCentre,
  setAllTeamFte,
  setConstraints,
  setRadius,
  setScenarioTerritory,
  setTeamFte,
  setTotalFte,
  undo,
  type ScenarioState,
} from '../../../../../renderer/features/planner/state/scenario-slice';

const pipe = (s: ScenarioState, ...updaters: ((s: ScenarioState) => ScenarioState)[]) => updaters.reduce((acc, u) => u(acc), s);
const active = (s: ScenarioState) => s.list.find((sc) => sc.id === s.activeId)!;

describe('scenario updaters', () => {
  it('creates an active scenario that changes nothing yet', () => {
    const s = createScenario('s1', 'Plan A')(initialScenarioState);
    expect(s.activeId).toBe('s1');
    expect(active(s)).toMatchObject({ name: 'Plan A', teamFte: {}, added: [], closed: [], totalFte: null });
    expect(() => createScenario('s1', 'again')(s)).toThrow(/exists/);
  });

  it('moves FTE between teams keeping the total, and refuses to move more than a team has', () => {
    const s = pipe(initialScenarioState, createScenario('s1', 'A'), moveFte('noord', 'zuid', 2, { noord: 15, zuid: 12.5 }));
    expect(active(s).teamFte).toEqual({ noord: 13, zuid: 14.5 });
    expect(() => moveFte('noord', 'zuid', 20, { noord: 15, zuid: 12.5 })(s)).toThrow(/Cannot move 20/);
  });

  it('undoes and redoes every edit, and a new edit clears the redo stack', () => {
    const s = pipe(initialScenarioState, createScenario('s1', 'A'), setTeamFte('noord', 13), setTotalFte(77));
    const u1 = undo(s);
    expect(active(u1).totalFte).toBeNull();
    expect(active(u1).teamFte).toEqual({ noord: 13 });
    const u2 = undo(u1);
    expect(active(u2).teamFte).toEqual({});
    const r = redo(redo(u2));
    expect(active(r)).toEqual(active(s));
    const branched = setTeamFte('zuid', 10)(u2);
    expect(branched.future).toEqual([]);
    expect(undo(undo(undo(initialScenarioState)))).toBe(initialScenarioState);
  });

  it('makes one undo step of a slider drag (same key), and a new step after the drag ends', () => {
    const s = pipe(initialScenarioState, createScenario('s1', 'A'), setTeamFte('noord', 14, 'drag'), setTeamFte('noord', 13.5, 'drag'), setTeamFte('noord', 13, 'drag'));
    expect(active(undo(s)).teamFte).toEqual({});
    const t = pipe(s, endEdit, setTeamFte('noord', 12, 'drag'));
    expect(active(undo(t)).teamFte).toEqual({ noord: 13 });
  });

  it('keeps at most MAX_UNDO steps', () => {
    let s = createScenario('s1', 'A')(initialScenarioState);
    for (let i = 0; i < MAX_UNDO + 20; i++) s = setTeamFte('noord', i)(s);
    expect(s.past).toHaveLength(MAX_UNDO);
  });

  it('adds, moves and closes centres: an added centre closed is gone, one of today is listed as closed', () => {
    const s = pipe(
      initialScenarioState,
      createScenario('s1', 'A'),
      addCentre({ id: 'new-1', name: 'Nieuw', team: 'noord', lon: 3.26, lat: 50.83 }),
      moveCentre('new-1', 3.27, 50.84),
      moveCentre('c01', 3.25, 50.8),
      closeCentre('c02'),
    );
    expect(active(s).added).toEqual([{ id: 'new-1', name: 'Nieuw', team: 'noord', lon: 3.27, lat: 50.84 }]);
    expect(active(s).moved).toEqual({ c01: [3.25, 50.8] });
    expect(active(s).closed).toEqual(['c02']);
    expect(active(closeCentre('new-1')(s)).added).toEqual([]);
    expect(active(reopenCentre('c02')(s)).closed).toEqual([]);
  });

  it('renames, deletes and switches scenarios; edits without an active scenario change nothing', () => {
    let s = pipe(initialScenarioState, createScenario('s1', 'A'), createScenario('s2', 'B'), renameScenario('s2', '  77 VTE  '));
    expect(s.list.map((x) => x.name)).toEqual(['A', '77 VTE']);
    s = deleteScenario('s2')(s);
    expect(s.activeId).toBe('s1');
    const none = activateScenario(null)(s);
    expect(setTeamFte('noord', 3)(none)).toBe(none);
    expect(() => setTeamFte('noord', -1)(s)).toThrow(RangeError);
  });

  it('loads a project: the list and active scenario, without history', () => {
    const s = pipe(initialScenarioState, createScenario('s1', 'A'), setAllTeamFte({ noord: 10 }));
    const loaded = loadScenarios(s.list, 's1')(initialScenarioState);
    expect(loaded.list).toEqual(s.list);
    expect(loaded.past).toEqual([]);
    expect(loadScenarios(s.list, 'gone')(initialScenarioState).activeId).toBe('s1');
  });
});

describe('scenario updaters: baseline, copies, names and bounds', () => {
  it('a new scenario starts from the baseline; duplicating copies the active one', () => {
    const edited = pipe(initialScenarioState, createScenario('s1', 'A'), setTeamFte('noord', 13), addCentre({ id: 'added-1', name: 'X', team: null, lon: 3.2, lat: 50.8 }));
    const fresh = createScenario('s2', 'B')(edited);
    expect(active(fresh)).toEqual(emptyScenario('s2', 'B'));
    const copy = duplicateScenario('s3', 'A (kopie)')(edited);
    expect(active(copy)).toEqual({ ...active(edited), id: 's3', name: 'A (kopie)' });
    expect(copy.list).toHaveLength(2);
    expect(duplicateScenario('s9', 'none')(initialScenarioState)).toBe(initialScenarioState);
  });

  it('marks FTE set by hand, and FTE from the formula as not by hand', () => {
    const s = pipe(initialScenarioState, createScenario('s1', 'A'));
    expect(active(s).handEdited).toBe(false);
    expect(active(setTeamFte('noord', 13)(s)).handEdited).toBe(true);
    expect(active(setAllTeamFte({ noord: 12 })(setTeamFte('noord', 13)(s))).handEdited).toBe(false);
  });

  it('renames an added centre, and one of today’s in the scenario only (its package name removes the scenario’s)', () => {
    const s = pipe(initialScenarioState, createScenario('s1', 'A'), addCentre({ id: 'added-1', name: 'Nieuwe locatie 1', team: null, lon: 3.2, lat: 50.8 }));
    expect(active(renameCentre('added-1', ' Buurthuis Zuid ')(s)).added[0]!.name).toBe('Buurthuis Zuid');
    const renamed = renameCentre('c01', 'OCMW Noord', 'Sociaal Huis')(s);
    expect(active(renamed).renamed).toEqual({ c01: 'OCMW Noord' });
    expect(active(renameCentre('c01', 'Sociaal Huis', 'Sociaal Huis')(renamed)).renamed).toEqual({});
    expect(renameCentre('c01', '  ')(s)).toBe(s);
    expect(undo(renamed).list).toEqual(s.list);
  });

  it('regression: 1000000 in an FTE box — the updaters refuse FTE beyond 10,000 per team or in all', () => {
    const s = createScenario('s1', 'A')(initialScenarioState);
    expect(() => setTeamFte('noord', 1_000_000)(s)).toThrow(RangeError);
    expect(() => setTeamFte('noord', 1e308)(s)).toThrow(RangeError);
    expect(() => setTeamFte('noord', Infinity)(s)).toThrow(RangeError);
    expect(active(setTeamFte('noord', 10_000)(s)).teamFte).toEqual({ noord: 10_000 });
    expect(() => setTeamFte('zuid', 1)(setTeamFte('noord', 10_000)(s))).toThrow(/at most 10000 FTE/);
    expect(() => setAllTeamFte({ a: 6000, b: 6000 })(s)).toThrow(RangeError);
    expect(() => setTotalFte(1_000_000)(s)).toThrow(RangeError);
    expect(() => setConstraints({ minimum: 1e308 })(s)).toThrow(RangeError);
    expect(() => setRadius('walk', 0)(s)).toThrow(RangeError);
    expect(() => setRadius('walk', 1e9)(s)).toThrow(RangeError);
    expect(active(setRadius('walk', 1500)(s)).radii).toEqual({ walk: 1500 });
  });
});

describe('territory changes in a scenario', () => {
  const today = new Map<string, string | null>([['A', 'noord'], ['B', 'noord'], ['C', 'zuid']]);

  it('keeps a minimal diff from today: an area given back to its own team leaves it, unknown areas are ignored', () => {
    let s = createScenario('s1', 'Gebieden')(initialScenarioState);
    s = assignScenarioAreas(['A', 'B', 'C', 'nowhere'], 'zuid', today)(s);
    expect(active(s).territory).toEqual({ A: 'zuid', B: 'zuid' });
    s = assignScenarioAreas(['B'], 'noord', today)(s);
    expect(active(s).territory).toEqual({ A: 'zuid' });
    const same = assignScenarioAreas(['C'], 'zuid', today)(s);
    expect(same).toBe(s);
  });

  it('makes each stroke one undo step, and a reset (or a proposal) one more', () => {
    let s = createScenario('s1', 'Gebieden')(initialScenarioState);
    s = pipe(s, assignScenarioAreas(['A'], 'zuid', today), assignScenarioAreas(['B'], 'zuid', today), setScenarioTerritory({}));
    expect(active(s).territory).toEqual({});
    s = undo(s);
    expect(active(s).territory).toEqual({ A: 'zuid', B: 'zuid' });
    s = undo(s);
    expect(active(s).territory).toEqual({ A: 'zuid' });
    expect(active(redo(s)).territory).toEqual({ A: 'zuid', B: 'zuid' });
    expect(setScenarioTerritory({ A: 'zuid' })(s)).toBe(s);
  });

  it('is copied with the scenario', () => {
    const s = pipe(createScenario('s1', 'A')(initialScenarioState), assignScenarioAreas(['A'], 'zuid', today), duplicateScenario('s2', 'B'));
    expect(active(s)).toMatchObject({ id: 's2', territory: { A: 'zuid' } });
    expect(emptyScenario('x', 'X').territory).toEqual({});
  });
});
