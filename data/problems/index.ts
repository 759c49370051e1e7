/**
 * Located problems (file, row or feature, field, message, fix) and their Dutch and English message catalogues:
 * the one way every reader, importer and validator of Wijkzicht reports bad input.
 */
export * from './problem';
export * from './problem-codes';
export * from './problem-list';
export * from './describe-problem';
export * from './core-problem-messages';
export * from './boundary-problem-messages';
export * from './table-problem-messages';
export * from './import-problem-messages';
export * from './organisation-problem-messages';
export * from './counted';
