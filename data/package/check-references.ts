import type { ResourceDescriptor } from './descriptor';
import type { AreaLevel } from './model';
import type { ProblemList } from '../problems';
import type { Cell, TypedTable } from './type-table';

/** One resource of a package as read: a typed table (CSV resources) or an area level (areas resources). */
export interface ReadResource {
  readonly resource: ResourceDescriptor;
  readonly table: TypedTable | null;
  readonly level: AreaLevel | null;
}

/**
 * Checks that every value of `field` in `table` is one of `allowed` (a `foreign-key` error per row or
 * feature otherwise, naming `target`). Does nothing when `allowed` is undefined (the target could not be
 * read) or when this table and field were checked before.
 */
export type CheckReference = (table: TypedTable, field: string, allowed: ReadonlySet<string> | undefined, target: string) => void;

/** A reference check that remembers what it checked, so that a declared and an implied reference report once. */
export function createReferenceCheck(problems: ProblemList): CheckReference {
  const checked = new Set<string>();
  return (table, field, allowed, target) => {
    const marker = `${table.file}|${field}`;
    if (!allowed || checked.has(marker)) return;
    checked.add(marker);
    const values = table.columns.get(field);
    if (!values) return;
    values.forEach((value, i) => {
      if (value === null || allowed.has(String(value))) return;
      const where = table.originKind === 'row' ? { row: table.origin[i]! } : { feature: table.origin[i]! };
      problems.error('foreign-key', table.file, { ...where, field, params: { value: String(value), target } });
    });
  };
}

/**
 * Checks the declared foreign keys (`schema.foreignKeys`) of every resource, areas included, then each area
 * level's `parentKey` against the codes of its `parentLevel`.
 */
export function checkDeclaredReferences(
  read: readonly ReadResource[],
  levels: readonly AreaLevel[],
  codesByLevel: ReadonlyMap<string, ReadonlySet<string>>,
  check: CheckReference,
): void {
  for (const r of read) {
    const table = areaTable(r);
    if (!table) continue;
    for (const fk of r.resource.schema.foreignKeys) {
      const targetName = fk.reference.resource === '' ? r.resource.name : fk.reference.resource;
      fk.fields.forEach((field, k) => check(table, field, keySetOf(read, targetName, fk.reference.fields[k]!), targetName));
    }
  }
  for (const level of levels) {
    const key = level.resource.parentKey;
    const parent = level.resource.parentLevel;
    const table = areaTable(read.find((r) => r.level === level)!);
    if (key && parent && table) check(table, key, codesByLevel.get(parent), `${parent} (${read.find((r) => r.level?.level === parent)?.resource.path ?? parent})`);
  }
}

/** The values of `field` in the resource named `resourceName` (area codes for its primary key); undefined when absent. */
function keySetOf(read: readonly ReadResource[], resourceName: string, field: string): ReadonlySet<string> | undefined {
  const r = read.find((x) => x.resource.name === resourceName);
  if (!r) return undefined;
  if (r.level) {
    const codeField = r.resource.schema.primaryKey[0] ?? 'code';
    return new Set(r.level.areas.features.map((f) => String(field === codeField ? f.properties.code : f.properties[field])));
  }
  const values = r.table?.columns.get(field);
  return values ? new Set(values.filter((v): v is Exclude<Cell, null> => v !== null).map(String)) : undefined;
}

/** A resource as a table: CSV resources as read, area properties as a table so declared foreign keys on areas can be checked too. */
function areaTable(r: ReadResource): TypedTable | null {
  if (!r.level) return r.table;
  const features = r.level.areas.features;
  const fields = r.resource.schema.fields;
  const columns = new Map<string, Cell[]>(fields.map((f) => [f.name, features.map((x) => (x.properties[f.name] as Cell) ?? null)]));
  return { file: r.resource.path, fields, columns, origin: features.map((_, i) => i), originKind: 'feature', rowCount: features.length };
}
