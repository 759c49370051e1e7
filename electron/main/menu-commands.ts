/** Runtime validation of menu commands (shared by the preload script and the tests; no `electron` import). */
import { MENU_COMMANDS, type MenuCommand } from '../shared/ipc-contract';

/** True when `value` is one of {@link MENU_COMMANDS}; the preload drops anything else. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
