import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject, type ProjectFile } from '../../../data/project';
import { FILE, PROJECT } from './project-fixture';

describe('serializeProject refuses what would not read back', () => {
  it.each<[string, unknown, RegExp]>([
    ['NaN', { ...PROJECT, scenarios: [{ id: 'a', name: 'a', fte: Number.NaN }] }, /scenarios\[0\]\.fte is NaN/],
    ['undefined in a list', { ...PROJECT, settings: { language: 'nl', layers: ['a', undefined] } }, /settings\.layers\[1\] is undefined/],
    ['a Date', { ...PROJECT, views: [{ id: 'v', title: 't', at: new Date(0) }] }, /views\[0\]\.at is a Date/],
    ['a Map', { ...PROJECT, settings: { language: 'nl', m: new Map() } }, /settings\.m is a Map/],
    ['a function', { ...PROJECT, settings: { language: 'nl', f: () => 1 } }, /settings\.f is a function/],
    ['a bad language', { ...PROJECT, settings: { language: 'fr' } }, /settings\.language must be "nl" or "en"/],
    ['a dangling active scenario', { ...PROJECT, activeScenarioId: 'nope' }, /activeScenarioId names the scenario "nope"/],
    ['another version', { ...PROJECT, version: 2 }, /schema and version/],
  ])('%s', (_name, project, message) => {
    expect(() => serializeProject(project as ProjectFile)).toThrow(message);
  });

  it('refuses a cycle but allows the same object twice', () => {
    const shared = { x: 1 };
    expect(() => serializeProject({ ...PROJECT, settings: { language: 'nl', a: shared, b: shared } })).not.toThrow();
    const cyclic: Record<string, unknown> = { language: 'nl' };
    cyclic.self = cyclic;
    expect(() => serializeProject({ ...PROJECT, settings: cyclic as ProjectFile['settings'] })).toThrow(/settings\.self refers back to itself/);
  });

  it('drops undefined members, as JSON does', () => {
    const result = parseProject(serializeProject({ ...PROJECT, scenarios: [{ id: 's1', name: 'a', teams: [], note: undefined }], activeScenarioId: null }), FILE);
    expect(result.ok && result.project.scenarios[0]).toEqual({ id: 's1', name: 'a', teams: [] });
  });
});
