import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../../../renderer/app/app-state';
import { createServices } from '../../../../../renderer/app/services';
import { addImportFiles } from '../../../../../renderer/features/import/commands/import-commands';
import type { PickedFile } from '../../../../../renderer/shared/platform/browser-file-sources';
import type { Platform } from '../../../../../renderer/shared/platform/platform';
import { createStore } from '../../../../../renderer/shared/store/store';

/** Regression: the wizard's banner showed the raw error text ("Error: NotReadableError …"). */
describe('a failed wizard step', () => {
  it('is a coded notice, and the wizard says so in its own words without the error text', async () => {
    const services = createServices(createStore(initialAppState), {} as Platform, () => Promise.reject(new Error('unused')));
    const unreadable = { path: 'cijfers.csv', file: { arrayBuffer: () => Promise.reject(new Error('NotReadableError: the file changed on disk')) } } as unknown as PickedFile;
    await addImportFiles(services, [unreadable]);
    const state = services.store.getState();
    expect(state.notices.items.map((n) => n.code)).toEqual(['import-failed']);
    expect(state.importer.failure).toMatch(/^Deze stap lukte niet/);
    expect(state.importer.failure).not.toContain('NotReadableError');
  });
});
