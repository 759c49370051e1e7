/**
 * The main-process relay between the audience window (the app window) and the presenter console. Every
 * message is validated with the pure parsers of `presentation-messages.ts` before it is sent on, so neither
 * window can push anything else into the other. No `electron` import: the windows' web contents are passed
 * in as getters, so Vitest tests the relay with fakes.
 */
import { IPC_CHANNELS } from '../shared/ipc-contract';
import { parsePresentationMessage, parsePresenterCommand } from '../shared/presentation-messages';

/** The part of an Electron `WebContents` the relay sends through. */
export interface RelayContentsLike {
  send(channel: string, ...args: unknown[]): void;
}

/** Where messages go: getters, because either window may be closed (null) at any time. */
export interface PresentationRelayTargets {
  /** The app (audience) window's web contents, or null. */
  readonly app: () => RelayContentsLike | null;
  /** The presenter console's web contents, or null. */
  readonly console: () => RelayContentsLike | null;
}

export interface PresentationRelay {
  /**
   * A message from the app window: validated, then sent to the console on
   * `IPC_CHANNELS.presentationMessage`. Throws `PresentationMessageError` for an invalid message (nothing is
   * sent); does nothing when no console is open.
   */
  fromApp(raw: unknown): void;
  /**
   * A command from the console: validated, then sent to the app window on `IPC_CHANNELS.presenterCommand`.
   * Throws `PresentationMessageError` for an invalid command (nothing is sent); does nothing without an app window.
   */
  fromConsole(raw: unknown): void;
}

/**
 * Creates the relay. The errors thrown by `fromApp`/`fromConsole` reach the invoking renderer as the
 * rejection of its `publishPresentation`/`sendPresenterCommand` call.
 *
 * @example
 * const relay = createPresentationRelay({ app: () => mainWindow.webContents, console: () => presenter.consoleContents() });
 * relay.fromConsole({ kind: 'next' }); // the app window receives { kind: 'next' } on IPC_CHANNELS.presenterCommand
 */
export function createPresentationRelay(targets: PresentationRelayTargets): PresentationRelay {
  if (typeof targets !== 'object' || targets === null || typeof targets.app !== 'function' || typeof targets.console !== 'function') {
    throw new TypeError('createPresentationRelay: app and console must be functions returning web contents or null');
  }
  return {
    fromApp(raw) {
      const message = parsePresentationMessage(raw);
      targets.console()?.send(IPC_CHANNELS.presentationMessage, message);
    },
    fromConsole(raw) {
      const command = parsePresenterCommand(raw);
      targets.app()?.send(IPC_CHANNELS.presenterCommand, command);
    },
  };
}
