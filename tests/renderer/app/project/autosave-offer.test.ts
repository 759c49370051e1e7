import { describe, expect, it } from 'vitest';
import { serializeProject, type ProjectFile } from '../../../../data/project';
import { autosaveOfferOf } from '../../../../renderer/app/project/autosave-offer';

const KEY = 'b'.repeat(64);
const SAVED_AT = '2025-03-01T09:30:00.000Z';

function autosave(change: { scenarios?: number; views?: number; unsaved?: boolean } = {}): string {
  const { scenarios = 2, views = 1, unsaved = true } = change;
  const project: ProjectFile = {
    schema: 'wijkzicht-project',
    version: 1,
    savedAt: SAVED_AT,
    package: { path: '/data/demo', name: 'demo', contentHash: KEY },
    scenarios: Array.from({ length: scenarios }, (_, i) => ({ id: `s${i}`, name: `Scenario ${i}` })),
    activeScenarioId: null,
    views: Array.from({ length: views }, (_, i) => ({ id: `v${i}`, title: `View ${i}` })),
    settings: { language: 'nl', unsaved },
  };
  return serializeProject(project);
}

describe('autosaveOfferOf', () => {
  it('offers an unsaved autosave with its scenarios and views counted together', () => {
    const text = autosave();
    expect(autosaveOfferOf(KEY, text, false)).toEqual({ key: KEY, text, savedAt: SAVED_AT, count: 3 });
    expect(autosaveOfferOf(KEY, autosave({ scenarios: 0, views: 1 }), false)?.count).toBe(1);
  });

  it('offers nothing without an autosave, for an unreadable one, or for one marked saved', () => {
    expect(autosaveOfferOf(KEY, null, false)).toBeNull();
    expect(autosaveOfferOf(KEY, '{ not json', false)).toBeNull();
    expect(autosaveOfferOf(KEY, JSON.stringify({ schema: 'something-else' }), false)).toBeNull();
    expect(autosaveOfferOf(KEY, autosave({ unsaved: false }), false)).toBeNull();
  });

  it('offers nothing for an empty autosave', () => {
    expect(autosaveOfferOf(KEY, autosave({ scenarios: 0, views: 0 }), false)).toBeNull();
  });

  it('offers nothing once the user has scenarios or views of their own (a restore would replace them)', () => {
    expect(autosaveOfferOf(KEY, autosave(), true)).toBeNull();
  });
});
