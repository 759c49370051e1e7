import { describe, expect, it } from 'vitest';
import { BOUNDARY_MESSAGES, CORE_MESSAGES, IMPORT_MESSAGES, ORGANISATION_MESSAGES, TABLE_MESSAGES, type MessageCatalog } from '../../../../data/problems';
import { nl } from '../../../../renderer/shared/i18n/messages';
import { UI_MESSAGES } from '../../../../renderer/shared/problems/ui-problem-messages';

/**
 * Common English words that leaked into the Dutch UI before ("row 17", "1 code(s)", "count", "share",
 * "persons") and their kin. Matched as whole words, case-insensitive, in the Dutch texts only.
 */
export const ENGLISH_DENYLIST = [
  'the', 'and', 'with', 'without', 'from', 'to', 'is not', 'are', 'has', 'have', 'this', 'that', 'which', 'must', 'should', 'could not', 'cannot',
  'row', 'rows', 'column', 'columns', 'field', 'fields', 'value', 'values', 'file', 'files', 'folder', 'sheet', 'record', 'records',
  'count', 'counts', 'share', 'persons', 'people', 'residents', 'households', 'area', 'areas', 'neighbourhood', 'municipality',
  'missing', 'error', 'errors', 'warning', 'warnings', 'loading', 'choose', 'select', 'search', 'show', 'hide', 'close', 'save', 'cancel',
  'level', 'period', 'source', 'sources', 'reach', 'need', 'gap', 'coverage', 'staffing', 'per 1,000',
] as const;

/**
 * Words that are Dutch too, names, or terms of the trade that Dutch users use as they are (in these exact
 * phrases); each needs a reason.
 */
const ALLOWED_PHRASES: readonly RegExp[] = [
  /\bDemostad\b/g, // a name
  /\bData & Analyse\b/g, // an organisation's name
  /\bStatbel open data\b/g, // the licence's name
  /\bnpm run cli -- \w+/g, // a command
  /\bWijken voor omgevingsanalyse\b/g, // a dataset's title
  /\bareas-resources?\b/g, // the package format's resource names (docs/data-formats.md), written as in the file
  /\bschema\.fields\b/g, // a field of the package format
];

/** A sentinel for every parameter, so that each Dutch template can be filled and read. */
const PARAMS = new Proxy({}, { get: (_t, key) => (key === 'count' || key === 'rows' ? 2 : 'X') });

/** Every text of a Dutch message object (nested objects, plural forms), with its key. */
function textsOf(messages: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : value && typeof value === 'object' ? textsOf(value as Record<string, unknown>, `${prefix}${key}.`) : [],
  );
}

function problemTexts(catalog: MessageCatalog<string>): [string, string][] {
  return Object.entries(catalog).flatMap(([code, byLanguage]) => {
    const { message, fix } = byLanguage.nl(PARAMS);
    return [[`${code}.message`, message], [`${code}.fix`, fix]] as [string, string][];
  });
}

/** The denylisted English words and "(s)"-plurals in a Dutch text. */
export function englishIn(text: string): string[] {
  const cleaned = ALLOWED_PHRASES.reduce((t, re) => t.replace(re, ' '), text).replace(/\{\w+\}/g, ' ');
  const found = ENGLISH_DENYLIST.filter((word) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(cleaned));
  const parenPlural = cleaned.match(/\p{L}\((s|en|'s)\)/gu) ?? [];
  return [...found, ...parenPlural];
}

const leaks = (texts: [string, string][]) => texts.map(([key, text]) => ({ key, english: englishIn(text), text })).filter((x) => x.english.length > 0);

describe('the Dutch UI has no English in it (regression: "rij 17" read "row 17", "1 code(s)", "count/share/persons")', () => {
  it('the denylist finds what it must', () => {
    expect(englishIn('indicators.csv, row 17')).toContain('row');
    expect(englishIn('1 code(s) in de tabel')).toEqual(['e(s)']);
    expect(englishIn('2 ring(en) gesloten')).toEqual(['g(en)']);
    expect(englishIn('Geschat aantal personen in armoede')).toEqual([]);
  });
  it('the UI messages', () => {
    expect(leaks(textsOf(nl))).toEqual([]);
  });
  it('the problems of reading, importing and setting up a package', () => {
    expect(leaks([...problemTexts(CORE_MESSAGES), ...problemTexts(BOUNDARY_MESSAGES), ...problemTexts(TABLE_MESSAGES), ...problemTexts(IMPORT_MESSAGES), ...problemTexts(ORGANISATION_MESSAGES)])).toEqual([]);
  });
  it('the app problems (notices)', () => {
    expect(leaks(problemTexts(UI_MESSAGES))).toEqual([]);
  });
});
