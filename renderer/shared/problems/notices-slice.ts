import type { Problem } from '../../../data/problems';
import type { UiProblemCode } from './ui-problem-codes';

/** One thing the user is told at the app's one notice surface. */
export interface Notice {
  readonly id: number;
  readonly severity: 'error' | 'warning';
  /** What failed (the action). */
  readonly code: UiProblemCode;
  /** Why, where it was recognised (`cause-…`), else null. */
  readonly cause: UiProblemCode | null;
  readonly params: Readonly<Record<string, string | number>>;
  /** Located problems that belong to it (a refused project file, a bad package), listed under it. */
  readonly problems: readonly Problem[];
  /** Further lines already in words (e.g. the problems of a refused project file). */
  readonly lines: readonly string[];
  /** How many times it was reported in a row (the same code, cause and params). */
  readonly repeats: number;
}

export interface NoticesState {
  readonly items: readonly Notice[];
  readonly nextId: number;
}

export const initialNoticesState: NoticesState = { items: [], nextId: 1 };

/** At most this many notices are kept; the oldest go first. */
export const MAX_NOTICES = 5;

const sameNotice = (a: Notice, b: Omit<Notice, 'id' | 'repeats'>) =>
  a.code === b.code && a.cause === b.cause && a.severity === b.severity && JSON.stringify(a.params) === JSON.stringify(b.params) && a.problems.length === 0 && b.problems.length === 0 && a.lines.length === 0 && b.lines.length === 0;

/** Adds a notice; the same notice reported again only counts up. */
export const noticeAdded = (notice: Omit<Notice, 'id' | 'repeats'>) => (s: NoticesState): NoticesState => {
  const last = s.items.at(-1);
  if (last && sameNotice(last, notice)) return { ...s, items: [...s.items.slice(0, -1), { ...last, repeats: last.repeats + 1 }] };
  const items = [...s.items, { ...notice, id: s.nextId, repeats: 1 }];
  return { items: items.slice(-MAX_NOTICES), nextId: s.nextId + 1 };
};

export const noticeDismissed = (id: number) => (s: NoticesState): NoticesState =>
  s.items.some((n) => n.id === id) ? { ...s, items: s.items.filter((n) => n.id !== id) } : s;

/** Removes the notices of one action (e.g. the map's, once the map could be computed again). */
export const noticesCleared = (code: UiProblemCode) => (s: NoticesState): NoticesState =>
  s.items.some((n) => n.code === code) ? { ...s, items: s.items.filter((n) => n.code !== code) } : s;
