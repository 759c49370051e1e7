import type { IpcApi } from '../../../electron/shared/ipc-contract';
import {
  parsePresentationMessage,
  parsePresenterCommand,
  type PresentationLayout,
  type PresentationMessage,
  type PresenterCommand,
} from '../../../electron/shared/presentation-messages';

/**
 * The link between the audience window (the app, map full screen) and the presenter console (notes, next
 * view, timer). In Electron the main process places the windows on the displays and relays the messages over
 * IPC; in the browser the console is a second window of the same origin and the messages go over a
 * `BroadcastChannel` (no network either way). Both ends validate what they receive.
 */
export interface PresenterLink {
  /**
   * Prepares the presentation's windows. `auto`: Electron opens the console when there is a second display;
   * the browser stays in one window. `console-window`: the browser opens the console in a new window (call it
   * from the click handler: browsers only open windows on a user gesture).
   */
  open(request: 'auto' | 'console-window'): Promise<PresentationLayout>;
  /** Closes the console (after `ended` is published) and, in Electron, puts the app window back. */
  close(): Promise<void>;
  publish(message: PresentationMessage): void;
  /** Commands from the console; returns the unsubscribe function. */
  onCommand(listener: (command: PresenterCommand) => void): () => void;
  /** Leaves the channel (the link is not used afterwards). */
  dispose(): void;
}

/** The console's end of the link. */
export interface ConsoleLink {
  send(command: PresenterCommand): void;
  onMessage(listener: (message: PresentationMessage) => void): () => void;
  dispose(): void;
}

/** The BroadcastChannel both browser windows of the app join. */
export const PRESENTATION_CHANNEL = 'wijkzicht-presentation';

/** A message on the browser channel says which end sent it, so each end only reads the other's. */
interface Envelope {
  readonly from: 'audience' | 'console';
  readonly payload: unknown;
}

/** Hands `listener` what the other end (`from`) sends, once `parse` has accepted it; returns the unsubscribe function. */
function listen<T>(channel: BroadcastChannel, from: Envelope['from'], parse: (raw: unknown) => T, listener: (value: T) => void): () => void {
  const onMessage = (event: MessageEvent<Envelope | undefined>) => {
    if (event.data?.from !== from) return;
    try {
      listener(parse(event.data.payload));
    } catch (error) {
      reportRefused(error);
    }
  };
  channel.addEventListener('message', onMessage);
  return () => channel.removeEventListener('message', onMessage);
}

function reportRefused(error: unknown): void {
  console.warn('[wijkzicht] presentation message refused:', error instanceof Error ? error.message : error);
}

export function electronPresenterLink(api: IpcApi): PresenterLink {
  return {
    open: () => api.openPresenterConsole(),
    close: () => api.closePresenterConsole(),
    publish: (message) => {
      api.publishPresentation(message).catch(reportRefused);
    },
    onCommand: (listener) => api.onPresenterCommand(listener),
    dispose: () => undefined,
  };
}

export function electronConsoleLink(api: IpcApi): ConsoleLink {
  return {
    send: (command) => {
      api.sendPresenterCommand(command).catch(reportRefused);
    },
    onMessage: (listener) => api.onPresentationMessage(listener),
    dispose: () => undefined,
  };
}

/** The page of the console beside `index.html` (relative: works on `app://` and on the local web server). */
const CONSOLE_URL = 'presenter.html';

export function browserPresenterLink(): PresenterLink {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENTATION_CHANNEL);
  let popup: Window | null = null;
  return {
    open: async (request) => {
      if (request !== 'console-window' || channel === null) return 'one-window';
      // Synchronously, before any await: the click's user activation lets the browser open the window.
      popup = window.open(CONSOLE_URL, 'wijkzicht-presenter', 'popup,width=1100,height=760');
      return popup === null ? 'one-window' : 'two-windows';
    },
    close: async () => {
      popup?.close();
      popup = null;
    },
    publish: (message) => channel?.postMessage({ from: 'audience', payload: message } satisfies Envelope),
    onCommand: (listener) => (channel === null ? () => undefined : listen(channel, 'console', parsePresenterCommand, listener)),
    dispose: () => channel?.close(),
  };
}

export function browserConsoleLink(): ConsoleLink {
  const channel = new BroadcastChannel(PRESENTATION_CHANNEL);
  return {
    send: (command) => channel.postMessage({ from: 'console', payload: command } satisfies Envelope),
    onMessage: (listener) => listen(channel, 'audience', parsePresentationMessage, listener),
    dispose: () => channel.close(),
  };
}

/** The console's link on this platform. */
export function detectConsoleLink(): ConsoleLink {
  return window.wijkzicht ? electronConsoleLink(window.wijkzicht) : browserConsoleLink();
}
