import type { MessageCatalog } from '../package/problems';

/** Problem codes of the import mapping and package assembly. */
export type ImportProblemCode = never;

export const IMPORT_MESSAGES: MessageCatalog<ImportProblemCode> = {};
