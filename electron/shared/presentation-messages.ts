/**
 * The messages between the audience window (the app window showing the map full screen) and the presenter
 * console (notes, next view, timer), in Electron relayed by the main process over IPC and in the browser
 * sent over a `BroadcastChannel`. Pure and without `electron`, so both ends and the relay validate with the
 * same functions, and Vitest can test them.
 *
 * @example
 * parsePresenterCommand({ kind: 'next' }); // → { kind: 'next' }
 * parsePresenterCommand({ kind: 'jump' }); // throws PresentationMessageError
 */

/** What the presenter console asks the audience window to do. `hello`: "send me the current state". */
export type PresenterCommand =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'toggle-notes' }
  | { readonly kind: 'go'; readonly index: number }
  | { readonly kind: 'hello' };

/** One view as the presenter console shows it. */
export interface SlideSummary {
  readonly title: string;
  readonly caption: string;
  readonly notes: string;
  /** A small picture of the view (`data:image/png` or `data:image/jpeg`), or null while none is drawn. */
  readonly thumbnail: string | null;
}

/** The presentation as the audience sees it now. */
export interface PresentationSnapshot {
  /** 0-based index of the view on the audience screen; `total` for the end slide after the last view. */
  readonly index: number;
  readonly total: number;
  readonly current: SlideSummary;
  readonly next: SlideSummary | null;
  /** When the presentation started (ms since the epoch; both windows run on the same machine clock). */
  readonly startedAt: number;
  readonly language: 'nl' | 'en';
  readonly highContrast: boolean;
}

/** What the audience window sends to the console: the state after every change, or that it ended. */
export type PresentationMessage = { readonly type: 'state'; readonly state: PresentationSnapshot } | { readonly type: 'ended' };

/** Upper bounds that keep a message small whatever the page sends (texts, thumbnails, story length). */
export const PRESENTATION_LIMITS = { text: 20_000, thumbnail: 2_000_000, views: 500 } as const;

export class PresentationMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PresentationMessageError';
  }
}

const COMMAND_KINDS = ['next', 'previous', 'stop', 'toggle-notes', 'go', 'hello'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(what: string): never {
  throw new PresentationMessageError(`Presentation message refused: ${what}.`);
}

function readIndex(value: unknown, field: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    fail(`${field} must be a whole number from 0 to ${max}`);
  }
  return value;
}

function readText(value: unknown, field: string): string {
  if (typeof value !== 'string') fail(`${field} must be text`);
  if (value.length > PRESENTATION_LIMITS.text) fail(`${field} is longer than ${PRESENTATION_LIMITS.text} characters`);
  return value;
}

/** Validates a command from the console (it crossed a process or window boundary, so it is `unknown`). */
export function parsePresenterCommand(raw: unknown): PresenterCommand {
  if (!isRecord(raw)) fail('a command must be an object');
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(COMMAND_KINDS as readonly string[]).includes(kind)) {
    fail(`unknown command ${JSON.stringify(kind)} (expected one of ${COMMAND_KINDS.join(', ')})`);
  }
  if (kind === 'go') return { kind, index: readIndex(raw.index, 'go.index', PRESENTATION_LIMITS.views - 1) };
  return { kind } as PresenterCommand;
}

function readSlide(raw: unknown, field: string): SlideSummary {
  if (!isRecord(raw)) fail(`${field} must be an object`);
  const thumbnail = raw.thumbnail;
  if (thumbnail !== null) {
    if (typeof thumbnail !== 'string' || !/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]*$/.test(thumbnail)) {
      fail(`${field}.thumbnail must be a PNG or JPEG data URL, or null`);
    }
    if (thumbnail.length > PRESENTATION_LIMITS.thumbnail) fail(`${field}.thumbnail is larger than ${PRESENTATION_LIMITS.thumbnail} characters`);
  }
  return {
    title: readText(raw.title, `${field}.title`),
    caption: readText(raw.caption, `${field}.caption`),
    notes: readText(raw.notes, `${field}.notes`),
    thumbnail: thumbnail,
  };
}

/** Validates a message from the audience window. */
export function parsePresentationMessage(raw: unknown): PresentationMessage {
  if (!isRecord(raw)) fail('a message must be an object');
  if (raw.type === 'ended') return { type: 'ended' };
  if (raw.type !== 'state') fail(`unknown message type ${JSON.stringify(raw.type)} (expected state or ended)`);
  const s = raw.state;
  if (!isRecord(s)) fail('state must be an object');
  const total = readIndex(s.total, 'state.total', PRESENTATION_LIMITS.views);
  if (total < 1) fail('state.total must be at least 1');
  // `index === total`: the end slide after the last view.
  const index = readIndex(s.index, 'state.index', total);
  if (typeof s.startedAt !== 'number' || !Number.isFinite(s.startedAt) || s.startedAt < 0) fail('state.startedAt must be a time in ms');
  if (s.language !== 'nl' && s.language !== 'en') fail('state.language must be nl or en');
  if (typeof s.highContrast !== 'boolean') fail('state.highContrast must be true or false');
  const next = s.next === null ? null : readSlide(s.next, 'state.next');
  if ((next === null) !== (index === total)) fail('state.next must be given exactly before the end slide (index < total)');
  return {
    type: 'state',
    state: { index, total, current: readSlide(s.current, 'state.current'), next, startedAt: s.startedAt, language: s.language, highContrast: s.highContrast },
  };
}

/** How the presentation is shown: audience and presenter console in two windows, or one window with a notes toggle. */
export type PresentationLayout = 'two-windows' | 'one-window';
