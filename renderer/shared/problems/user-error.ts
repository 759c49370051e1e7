import type { UiProblemCode } from './ui-problem-codes';

/**
 * An error meant for the user: thrown by the app's own code where it knows what went wrong, with a coded
 * message (never the `message` text, which is for developers and the console).
 *
 * @example
 * throw new UserError('cause-no-map', 'exportViewPng: no map canvas yet');
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UiProblemCode,
    developerMessage: string = code,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(developerMessage);
  }
}
