/**
 * The sizes past which a table is refused rather than read (issue 15.5): a file can be small on disk and
 * still make a reader build huge strings (a 5 MB header once took 22 s and 3.5 GB and became an indicator
 * label). Every reader checks them while it reads, so it stops before building the huge value, and each
 * limit has its own located problem (file, row, column) in Dutch and English.
 */
export const TABLE_LIMITS = {
  /**
   * Characters in one column name (header cell), and in an indicator name read from a long table's
   * indicator column. Names become indicator labels in the legend, the pickers and exported files; 256 is
   * ten times the longest label in the built-in catalogue and twice what a legend can show without
   * wrapping, and as much as a real header of a statistics export ever needs.
   */
  headerChars: 256,
  /**
   * Columns in one row. Each column is a possible indicator the import screen lists and the package keeps;
   * the widest real exports we read (Statbel, Provincies in Cijfers) have a few hundred, so 1,000 leaves room
   * without letting a row of separators make millions of empty columns.
   */
  columns: 1_000,
  /** Characters in one cell: Excel's own limit, so no spreadsheet the user can open has a longer cell. */
  cellChars: 32_767,
} as const;

export type TableLimits = { readonly headerChars: number; readonly columns: number; readonly cellChars: number };
