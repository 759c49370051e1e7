import { parseProject } from '../../../data/project';

/** An autosave that may be restored: which package it belongs to, its text, when it was written and how much it holds. */
export interface AutosaveOffer {
  readonly key: string;
  readonly text: string;
  readonly savedAt: string;
  /** Scenarios plus saved views. */
  readonly count: number;
}

/**
 * Whether an autosave is worth offering: only when it parses, was marked unsaved, holds at least one scenario
 * or view, and the user has no scenarios or views of their own yet (a restore would replace them).
 *
 * @example
 * autosaveOfferOf('hash', null, false); // → null (no autosave)
 * autosaveOfferOf('hash', textWithTwoUnsavedScenarios, false); // → { key: 'hash', text, savedAt, count: 2 }
 */
export function autosaveOfferOf(key: string, text: string | null, hasOwnWork: boolean): AutosaveOffer | null {
  if (text === null) return null;
  const parsed = parseProject(text, 'autosave');
  if (!parsed.ok) return null;
  const { project } = parsed;
  const count = project.scenarios.length + project.views.length;
  if (project.settings.unsaved !== true || count === 0 || hasOwnWork) return null;
  return { key, text, savedAt: project.savedAt, count };
}
