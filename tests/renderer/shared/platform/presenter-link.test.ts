// The browser's link between the audience window and the presenter console is a BroadcastChannel; Node has
// the same BroadcastChannel, so the envelopes, the validation and who-hears-whom are tested here for real.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PresentationMessage, PresenterCommand } from '../../../../electron/shared/presentation-messages';
import { browserConsoleLink, browserPresenterLink, PRESENTATION_CHANNEL, type ConsoleLink, type PresenterLink } from '../../../../renderer/shared/platform/presenter-link';

const links: (ConsoleLink | PresenterLink)[] = [];
const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const l of links.splice(0)) l.dispose();
  for (const c of channels.splice(0)) c.close();
  vi.restoreAllMocks();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const STATE: PresentationMessage = {
  type: 'state',
  state: { index: 0, total: 2, current: { title: 'A', caption: '', notes: 'n', thumbnail: null }, next: { title: 'B', caption: '', notes: '', thumbnail: null }, startedAt: 1, language: 'nl', highContrast: false },
};

describe('browser presenter link', () => {
  it('carries state to the console and commands to the audience, each end hearing only the other', async () => {
    const audience = browserPresenterLink();
    const console_ = browserConsoleLink();
    links.push(audience, console_);
    const commands: PresenterCommand[] = [];
    const messages: PresentationMessage[] = [];
    audience.onCommand((c) => commands.push(c));
    console_.onMessage((m) => messages.push(m));
    audience.publish(STATE);
    console_.send({ kind: 'next' });
    console_.send({ kind: 'go', index: 1 });
    await settle();
    expect(messages).toEqual([STATE]);
    expect(commands).toEqual([{ kind: 'next' }, { kind: 'go', index: 1 }]);
  });

  it('drops malformed messages from the channel with a warning, and unsubscribes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const audience = browserPresenterLink();
    const console_ = browserConsoleLink();
    links.push(audience, console_);
    const commands: PresenterCommand[] = [];
    const messages: PresentationMessage[] = [];
    const off = audience.onCommand((c) => commands.push(c));
    console_.onMessage((m) => messages.push(m));
    const intruder = new BroadcastChannel(PRESENTATION_CHANNEL);
    channels.push(intruder);
    intruder.postMessage({ from: 'console', payload: { kind: 'format-disk' } });
    intruder.postMessage({ from: 'audience', payload: { type: 'state', state: { index: 7 } } });
    intruder.postMessage('not an envelope');
    await settle();
    expect(commands).toEqual([]);
    expect(messages).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
    off();
    console_.send({ kind: 'next' });
    await settle();
    expect(commands).toEqual([]);
  });

  it('stays in one window unless asked for the console window', async () => {
    const audience = browserPresenterLink();
    links.push(audience);
    await expect(audience.open('auto')).resolves.toBe('one-window');
  });
});
