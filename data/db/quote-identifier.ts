/**
 * Quotes an SQL identifier (table or column name) for DuckDB. The only way identifiers enter SQL text;
 * values never do (they are bound parameters).
 *
 * @example
 * quoteIdentifier('team "fte"') // => "team ""fte"""
 */
export function quoteIdentifier(name: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new Error('An SQL identifier must be a non-empty string');
  if (name.includes('\u0000')) throw new Error(`An SQL identifier must not contain NUL: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}
