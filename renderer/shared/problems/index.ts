/**
 * How the app reports problems to the user: coded messages (Dutch and English) at one notice surface
 * (renderer/app/NoticeArea.tsx), by one path (`reportProblem`). Never an internal error text.
 */
export * from './ui-problem-codes';
export * from './ui-problem-messages';
export * from './user-error';
export * from './describe-error';
export * from './notices-slice';
export * from './report-problem';
export * from './describe-notice';
