import { describe, expect, it } from 'vitest';
import { organisationOf } from '../../../../data/organisation';
import { createMemorySource, readPackage } from '../../../../data/package';
import { addTeam, assignAreas, deleteTeam } from '../../../../renderer/features/organise/state/organise-edits';
import { baseAreasAt } from '../../../../renderer/features/organise/state/organise-model';
import { edit, initialOrganiseState, isDirty, organisationApplied, redo, setBrushTeam, startOrganising, undo, UNDO_LIMIT } from '../../../../renderer/features/organise/state/organise-slice';
import { builtInFiles } from '../../../data/organisation/helpers';

const roeselare = async () => (await readPackage(createMemorySource('Roeselare', builtInFiles('36015')))).pkg!;

describe('the organise slice', () => {
  it('starts from the package, records each real edit, undoes and redoes it', async () => {
    const pkg = await roeselare();
    let s = startOrganising(pkg, organisationOf(pkg))(initialOrganiseState);
    expect(s.forPackage).toBe(pkg);
    expect(s.assignLevel).toBe('sector');
    expect(isDirty(s)).toBe(false);
    s = edit(addTeam('Noord', '#0072b2'))(s);
    s = edit(addTeam('Zuid', '#e69f00'))(s);
    expect(s.past).toHaveLength(2);
    expect(isDirty(s)).toBe(true);
    // An edit that changes nothing is not recorded.
    expect(edit(addTeam('', null))(s)).toBe(s);
    s = undo(s);
    expect(s.draft.teams.map((t) => t.name)).toEqual(['Noord']);
    expect(s.future).toHaveLength(1);
    s = redo(s);
    expect(s.draft.teams.map((t) => t.name)).toEqual(['Noord', 'Zuid']);
    s = undo(undo(s));
    expect(isDirty(s)).toBe(false);
    expect(undo(s)).toBe(s);
    // A new edit after undo clears redo.
    s = edit(addTeam('Oost', null))(s);
    expect(s.future).toEqual([]);
  });

  it('assigning a wijk gives all its sectors; assigning one sector splits the wijk; deleting a team unassigns its areas', async () => {
    const pkg = await roeselare();
    let s = startOrganising(pkg, organisationOf(pkg))(initialOrganiseState);
    s = edit(addTeam('Noord', null))(edit(addTeam('Zuid', null))(s));
    const wijkOf = pkg.assignments.find((a) => a.level === 'wijk')!.parentOf;
    const [firstSector, wijk] = [...wijkOf].find(([, w]) => [...wijkOf.values()].filter((x) => x === w).length >= 2)!;
    const sectors = baseAreasAt(pkg, firstSector, 'wijk');
    expect(sectors.length).toBeGreaterThanOrEqual(2);
    expect(sectors.every((code) => wijkOf.get(code) === wijk)).toBe(true);
    expect(baseAreasAt(pkg, firstSector, 'sector')).toEqual([firstSector]);
    s = edit(assignAreas(sectors, 'noord'))(s);
    expect(sectors.every((code) => s.draft.territory.get(code) === 'noord')).toBe(true);
    s = edit(assignAreas([sectors[1]!], 'zuid'))(s);
    expect(s.draft.territory.get(sectors[0]!)).toBe('noord');
    expect(s.draft.territory.get(sectors[1]!)).toBe('zuid');
    // Every base area is in at most one team: the territory is keyed by area.
    expect(s.draft.territory.size).toBe(sectors.length);
    s = setBrushTeam('zuid')(s);
    s = edit(deleteTeam('zuid'))(s);
    expect(s.draft.territory.has(sectors[1]!)).toBe(false);
    expect(s.brushTeam).toBeNull();
    s = undo(s);
    expect(s.draft.territory.get(sectors[1]!)).toBe('zuid');
  });

  it('keeps at most UNDO_LIMIT steps, and keeps the history when the draft is applied', async () => {
    const pkg = await roeselare();
    let s = startOrganising(pkg, organisationOf(pkg))(initialOrganiseState);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) s = edit(addTeam(`Team ${i}`, null))(s);
    expect(s.past).toHaveLength(UNDO_LIMIT);
    const reopened = await roeselare();
    const applied = organisationApplied(reopened, s.draft)(s);
    expect(applied.forPackage).toBe(reopened);
    expect(isDirty(applied)).toBe(false);
    expect(applied.past).toHaveLength(UNDO_LIMIT);
    expect(isDirty(undo(applied))).toBe(true);
  });
});
