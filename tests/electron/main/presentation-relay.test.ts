import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/shared/ipc-contract';
import { PresentationMessageError, type PresentationMessage } from '../../../electron/shared/presentation-messages';
import { createPresentationRelay, type RelayContentsLike } from '../../../electron/main/presentation-relay';

function fakeContents(): RelayContentsLike & { sent: unknown[][] } {
  const sent: unknown[][] = [];
  return { sent, send: (...args: unknown[]) => void sent.push(args) };
}

const slide = { title: 'Wijk Noord', caption: 'Armoede per buurt', notes: 'Begin bij de kaart.', thumbnail: null };
const state: PresentationMessage = {
  type: 'state',
  state: { index: 0, total: 2, current: slide, next: { ...slide, title: 'Wijk Zuid' }, startedAt: 1_700_000_000_000, language: 'nl', highContrast: false },
};

describe('createPresentationRelay', () => {
  it('relays a valid message from the app to the console, exactly once', () => {
    const app = fakeContents();
    const consoleView = fakeContents();
    const relay = createPresentationRelay({ app: () => app, console: () => consoleView });
    relay.fromApp(state);
    relay.fromApp({ type: 'ended' });
    expect(consoleView.sent).toEqual([
      [IPC_CHANNELS.presentationMessage, state],
      [IPC_CHANNELS.presentationMessage, { type: 'ended' }],
    ]);
    expect(app.sent).toEqual([]);
  });

  it('relays a valid command from the console to the app, exactly once', () => {
    const app = fakeContents();
    const consoleView = fakeContents();
    const relay = createPresentationRelay({ app: () => app, console: () => consoleView });
    relay.fromConsole({ kind: 'next' });
    relay.fromConsole({ kind: 'go', index: 3 });
    expect(app.sent).toEqual([
      [IPC_CHANNELS.presenterCommand, { kind: 'next' }],
      [IPC_CHANNELS.presenterCommand, { kind: 'go', index: 3 }],
    ]);
    expect(consoleView.sent).toEqual([]);
  });

  it('sends the parsed value, not the object the renderer passed (extra fields are dropped)', () => {
    const app = fakeContents();
    const relay = createPresentationRelay({ app: () => app, console: () => null });
    relay.fromConsole({ kind: 'stop', payload: '<script>' });
    expect(app.sent).toEqual([[IPC_CHANNELS.presenterCommand, { kind: 'stop' }]]);
  });

  it('refuses invalid messages and commands with the parser error and relays nothing', () => {
    const app = fakeContents();
    const consoleView = fakeContents();
    const relay = createPresentationRelay({ app: () => app, console: () => consoleView });
    expect(() => relay.fromApp({ type: 'state', state: { ...state.state, index: 2 } })).toThrow(PresentationMessageError);
    expect(() => relay.fromApp('ended')).toThrow(/a message must be an object/);
    expect(() => relay.fromConsole({ kind: 'format-disk' })).toThrow(/unknown command "format-disk"/);
    expect(() => relay.fromConsole({ kind: 'go', index: -1 })).toThrow(PresentationMessageError);
    // A console sending a presentation message (or the app a command) is refused by the parser too.
    expect(() => relay.fromConsole(state)).toThrow(PresentationMessageError);
    expect(() => relay.fromApp({ kind: 'next' })).toThrow(PresentationMessageError);
    expect(app.sent).toEqual([]);
    expect(consoleView.sent).toEqual([]);
  });

  it('does nothing (and does not throw) while the other window is not open', () => {
    const relay = createPresentationRelay({ app: () => null, console: () => null });
    expect(() => relay.fromApp(state)).not.toThrow();
    expect(() => relay.fromConsole({ kind: 'previous' })).not.toThrow();
  });

  it('asks for the target on every message, so a console opened later receives the next one', () => {
    let consoleView: RelayContentsLike | null = null;
    const relay = createPresentationRelay({ app: () => null, console: () => consoleView });
    relay.fromApp({ type: 'ended' });
    const opened = fakeContents();
    consoleView = opened;
    relay.fromApp({ type: 'ended' });
    expect(opened.sent).toHaveLength(1);
  });

  it('refuses targets that are not getters', () => {
    expect(() => createPresentationRelay({ app: null, console: () => null } as never)).toThrow(TypeError);
  });
});
