import type { MessageCatalog } from '../../package/problems';

/** Problem codes of the table importers (CSV/TSV, XLSX, Parquet, layouts, numbers). */
export type TableProblemCode = never;

export const TABLE_MESSAGES: MessageCatalog<TableProblemCode> = {};
