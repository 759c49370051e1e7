import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parsePresentationMessage,
  parsePresenterCommand,
  PRESENTATION_LIMITS,
  PresentationMessageError,
  type PresentationSnapshot,
  type SlideSummary,
} from '../../../electron/shared/presentation-messages';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const slide = (title: string): SlideSummary => ({ title, caption: `${title}: caption`, notes: `${title}: notes`, thumbnail: null });

function snapshot(overrides: Partial<Record<keyof PresentationSnapshot, unknown>> = {}): Record<string, unknown> {
  return {
    index: 0,
    total: 3,
    current: slide('Wijk Noord'),
    next: slide('Wijk Zuid'),
    startedAt: 1_700_000_000_000,
    language: 'nl',
    highContrast: false,
    ...overrides,
  };
}

const stateMessage = (overrides: Partial<Record<keyof PresentationSnapshot, unknown>> = {}): unknown => ({ type: 'state', state: snapshot(overrides) });

function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(PresentationMessageError);
    expect((error as Error).name).toBe('PresentationMessageError');
    return (error as Error).message;
  }
  throw new Error('expected the value to be refused');
}

describe('parsePresenterCommand', () => {
  it('accepts every command kind', () => {
    for (const kind of ['next', 'previous', 'stop', 'toggle-notes', 'hello'] as const) {
      expect(parsePresenterCommand({ kind })).toEqual({ kind });
    }
    expect(parsePresenterCommand({ kind: 'go', index: 0 })).toEqual({ kind: 'go', index: 0 });
    expect(parsePresenterCommand({ kind: 'go', index: PRESENTATION_LIMITS.views - 1 })).toEqual({ kind: 'go', index: 499 });
  });

  it('returns a new object without the extra fields the sender added', () => {
    const raw = { kind: 'next', index: 4, evil: () => 1 };
    const parsed = parsePresenterCommand(raw);
    expect(parsed).toEqual({ kind: 'next' });
    expect(parsed).not.toBe(raw);
  });

  it('refuses values that are not command objects', () => {
    for (const raw of [null, undefined, 'next', 42, ['next']]) {
      expect(refusal(() => parsePresenterCommand(raw)), String(raw)).toBe('Presentation message refused: a command must be an object.');
    }
  });

  it('refuses unknown kinds, naming the kinds it knows', () => {
    expect(refusal(() => parsePresenterCommand({ kind: 'jump' }))).toBe(
      'Presentation message refused: unknown command "jump" (expected one of next, previous, stop, toggle-notes, go, hello).',
    );
    expect(refusal(() => parsePresenterCommand({}))).toMatch(/unknown command undefined/);
    expect(refusal(() => parsePresenterCommand({ kind: 'NEXT' }))).toMatch(/unknown command "NEXT"/);
    expect(refusal(() => parsePresenterCommand({ kind: 'toString' }))).toMatch(/unknown command "toString"/);
  });

  it('refuses a go index that is not a whole number in range', () => {
    for (const index of [-1, 500, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, undefined]) {
      expect(refusal(() => parsePresenterCommand({ kind: 'go', index })), String(index)).toBe(
        'Presentation message refused: go.index must be a whole number from 0 to 499.',
      );
    }
  });
});

describe('parsePresentationMessage', () => {
  it('accepts a state in the middle, on the last view (the end slide next), at the end slide, and the end', () => {
    expect(parsePresentationMessage(stateMessage())).toEqual(stateMessage());
    const last = stateMessage({ index: 2, next: slide('Einde'), current: { ...slide('Slot'), thumbnail: PNG } });
    expect(parsePresentationMessage(last)).toEqual(last);
    const endSlide = stateMessage({ index: 3, next: null, current: slide('Einde') });
    expect(parsePresentationMessage(endSlide)).toEqual(endSlide);
    expect(parsePresentationMessage({ type: 'ended' })).toEqual({ type: 'ended' });
    const single = stateMessage({ index: 1, total: 1, next: null, language: 'en', highContrast: true });
    expect(parsePresentationMessage(single)).toEqual(single);
  });

  it('accepts JPEG thumbnails and texts up to the limit', () => {
    const long = 'x'.repeat(PRESENTATION_LIMITS.text);
    const jpeg = { title: long, caption: '', notes: long, thumbnail: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==' };
    expect(parsePresentationMessage(stateMessage({ current: jpeg }))).toEqual(stateMessage({ current: jpeg }));
  });

  it('drops fields the contract does not know', () => {
    const raw = { type: 'state', state: { ...snapshot(), secret: 1, current: { ...slide('a'), html: '<b>' } }, extra: true };
    expect(parsePresentationMessage(raw)).toEqual(stateMessage({ current: slide('a') }));
  });

  it('refuses unknown message types and malformed states', () => {
    expect(refusal(() => parsePresentationMessage(null))).toBe('Presentation message refused: a message must be an object.');
    expect(refusal(() => parsePresentationMessage({ type: 'slide' }))).toBe(
      'Presentation message refused: unknown message type "slide" (expected state or ended).',
    );
    expect(refusal(() => parsePresentationMessage({ kind: 'next' }))).toMatch(/unknown message type undefined/);
    expect(refusal(() => parsePresentationMessage({ type: 'state' }))).toBe('Presentation message refused: state must be an object.');
    expect(refusal(() => parsePresentationMessage({ type: 'state', state: [] }))).toBe('Presentation message refused: state must be an object.');
  });

  it('refuses a total or index out of range or not whole', () => {
    expect(refusal(() => parsePresentationMessage(stateMessage({ total: 0, next: null })))).toBe('Presentation message refused: state.total must be at least 1.');
    expect(refusal(() => parsePresentationMessage(stateMessage({ total: 501 })))).toBe(
      'Presentation message refused: state.total must be a whole number from 0 to 500.',
    );
    expect(refusal(() => parsePresentationMessage(stateMessage({ index: 4 })))).toBe(
      'Presentation message refused: state.index must be a whole number from 0 to 3.',
    );
    expect(refusal(() => parsePresentationMessage(stateMessage({ index: 0.5 })))).toMatch(/state\.index must be a whole number/);
    expect(refusal(() => parsePresentationMessage(stateMessage({ index: -1 })))).toMatch(/state\.index must be a whole number/);
    expect(refusal(() => parsePresentationMessage(stateMessage({ total: 2.5 })))).toMatch(/state\.total must be a whole number/);
  });

  it('requires next exactly before the end slide', () => {
    const message = 'Presentation message refused: state.next must be given exactly before the end slide (index < total).';
    expect(refusal(() => parsePresentationMessage(stateMessage({ index: 0, next: null })))).toBe(message);
    expect(refusal(() => parsePresentationMessage(stateMessage({ index: 2, next: null })))).toBe(message);
    expect(refusal(() => parsePresentationMessage(stateMessage({ index: 3 })))).toBe(message);
    expect(refusal(() => parsePresentationMessage(stateMessage({ next: undefined })))).toBe('Presentation message refused: state.next must be an object.');
  });

  it('refuses thumbnails that are not PNG or JPEG data URLs, or too large', () => {
    for (const thumbnail of [
      'https://tiles.example.org/1.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html;base64,PGgxPg==',
      'data:image/png,<svg onload=alert(1)>',
      `${PNG}"><script>`,
      '',
      42,
      undefined,
    ]) {
      expect(refusal(() => parsePresentationMessage(stateMessage({ current: { ...slide('a'), thumbnail } }))), String(thumbnail)).toBe(
        'Presentation message refused: state.current.thumbnail must be a PNG or JPEG data URL, or null.',
      );
    }
    const huge = `data:image/png;base64,${'A'.repeat(PRESENTATION_LIMITS.thumbnail)}`;
    expect(refusal(() => parsePresentationMessage(stateMessage({ next: { ...slide('b'), thumbnail: huge } })))).toBe(
      'Presentation message refused: state.next.thumbnail is larger than 2000000 characters.',
    );
  });

  it('refuses texts that are too long or not text', () => {
    const long = 'x'.repeat(PRESENTATION_LIMITS.text + 1);
    expect(refusal(() => parsePresentationMessage(stateMessage({ current: { ...slide('a'), notes: long } })))).toBe(
      'Presentation message refused: state.current.notes is longer than 20000 characters.',
    );
    expect(refusal(() => parsePresentationMessage(stateMessage({ next: { ...slide('a'), title: long } })))).toMatch(/state\.next\.title is longer/);
    expect(refusal(() => parsePresentationMessage(stateMessage({ current: { ...slide('a'), caption: 7 } })))).toBe(
      'Presentation message refused: state.current.caption must be text.',
    );
    expect(refusal(() => parsePresentationMessage(stateMessage({ current: 'Wijk Noord' })))).toBe('Presentation message refused: state.current must be an object.');
  });

  it('refuses a bad start time, language or contrast flag', () => {
    for (const startedAt of [-1, Number.NaN, Number.POSITIVE_INFINITY, '1700000000000']) {
      expect(refusal(() => parsePresentationMessage(stateMessage({ startedAt }))), String(startedAt)).toBe(
        'Presentation message refused: state.startedAt must be a time in ms.',
      );
    }
    expect(refusal(() => parsePresentationMessage(stateMessage({ language: 'fr' })))).toBe('Presentation message refused: state.language must be nl or en.');
    expect(refusal(() => parsePresentationMessage(stateMessage({ highContrast: 'yes' })))).toBe(
      'Presentation message refused: state.highContrast must be true or false.',
    );
  });

  it('returns every valid state unchanged (property)', () => {
    const text = fc.string({ maxLength: 50 });
    const summary = fc.record({ title: text, caption: text, notes: text, thumbnail: fc.constantFrom(null, PNG) });
    const state = fc
      .integer({ min: 1, max: PRESENTATION_LIMITS.views })
      .chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total })))
      .chain(([total, index]) =>
        fc.record({
          index: fc.constant(index),
          total: fc.constant(total),
          current: summary,
          next: index === total ? fc.constant(null) : summary,
          startedAt: fc.integer({ min: 0, max: 2 ** 47 }),
          language: fc.constantFrom('nl' as const, 'en' as const),
          highContrast: fc.boolean(),
        }),
      );
    fc.assert(
      fc.property(state, (s) => {
        expect(parsePresentationMessage({ type: 'state', state: s })).toEqual({ type: 'state', state: s });
      }),
    );
  });
});
