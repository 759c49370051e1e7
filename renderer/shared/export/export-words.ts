import type { Language, Plural } from '../i18n/i18n';
import { fillTemplate } from '../i18n/i18n';

/**
 * The few words only the exports use (badges and captions the screen says another way), Dutch and
 * English. Everything else an export writes comes from the app's own messages.
 */
const WORDS = {
  nl: {
    suppressedBadge: { one: '1 GEBIED AFGESCHERMD (1–{threshold})', other: '{count} GEBIEDEN AFGESCHERMD (1–{threshold})' },
    subtitle: '{place} · {levels} · {period}',
    needAxis: 'Nood',
    reachAxis: 'Bereik',
    gapCornerCaption: 'Hoge nood, laag bereik',
    made: 'Gemaakt met Wijkzicht',
  },
  en: {
    suppressedBadge: { one: '1 AREA SUPPRESSED (1–{threshold})', other: '{count} AREAS SUPPRESSED (1–{threshold})' },
    subtitle: '{place} · {levels} · {period}',
    needAxis: 'Need',
    reachAxis: 'Reach',
    gapCornerCaption: 'High need, low reach',
    made: 'Made with Wijkzicht',
  },
} as const satisfies Record<Language, Record<string, string | Plural>>;

export type ExportWord = keyof (typeof WORDS)['nl'];

/**
 * An export word in a language, its `{placeholders}` filled (plurals by `count`).
 *
 * @example
 * exportWord('nl', 'suppressedBadge', { count: 3, threshold: 4 }) // '3 GEBIEDEN AFGESCHERMD (1–4)'
 */
export function exportWord(language: Language, key: ExportWord, params?: Readonly<Record<string, string | number>>): string {
  return fillTemplate(language, WORDS[language][key], params);
}
