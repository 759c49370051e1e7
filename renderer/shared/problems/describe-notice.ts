import type { Language } from '../i18n/i18n';
import type { Notice } from './notices-slice';
import { UI_MESSAGES } from './ui-problem-messages';

/** The words of a notice in one language: what failed and what to do, and why where that is known. */
export function describeNotice(notice: Notice, language: Language): { message: string; fix: string; cause: { message: string; fix: string } | null } {
  const { message, fix } = UI_MESSAGES[notice.code][language](notice.params);
  const cause = notice.cause ? UI_MESSAGES[notice.cause][language](notice.params) : null;
  return { message, fix, cause };
}
