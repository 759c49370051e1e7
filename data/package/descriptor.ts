import type { ProblemList } from '../problems';
import { readLocalisedTexts, type LocalisedTexts, type TextProblem } from './package-text';

/**
 * The Frictionless `datapackage.json` as Wijkzicht reads it. Besides the standard keys, each resource has
 * a `role` telling Wijkzicht what it holds (see {@link RESOURCE_ROLES} and docs/data-formats.md).
 */

export const RESOURCE_ROLES = [
  'areas',
  'area-attributes',
  'centres',
  'teams',
  'team-territories',
  'team-fte',
  'indicators',
  'indicator-definitions',
] as const;
export type ResourceRole = (typeof RESOURCE_ROLES)[number];

export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'year', 'date', 'any'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDescriptor {
  readonly name: string;
  readonly type: FieldType;
  readonly title?: string;
  readonly description?: string;
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[] };
}

export interface ForeignKeyDescriptor {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface SchemaDescriptor {
  readonly fields: readonly FieldDescriptor[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKeyDescriptor[];
  readonly missingValues: readonly string[];
}

export interface ResourceDescriptor {
  readonly name: string;
  readonly role: ResourceRole;
  readonly path: string;
  readonly format: 'csv' | 'geojson';
  readonly title?: string;
  readonly level?: string;
  readonly parentLevel?: string;
  readonly parentKey?: string;
  /** Free text such as `synthetic`, `assumed`, `approximate positions`. */
  readonly status?: string;
  /** `approximate` when boundaries are not the official ones. */
  readonly geometryQuality?: string;
  readonly schema: SchemaDescriptor;
  readonly sources: readonly SourceDescriptor[];
}

/** A source line: the single `title` and, optionally, `titles` per UI language (see data/package/package-text.ts). */
export interface SourceDescriptor {
  readonly title: string;
  readonly titles?: LocalisedTexts;
  readonly path?: string;
}

export interface LicenceDescriptor {
  readonly name?: string;
  readonly title?: string;
  readonly titles?: LocalisedTexts;
  readonly path?: string;
}

export interface PackageDescriptor {
  readonly name: string;
  readonly title: string;
  /** The title per UI language (`titles` in the file); shown through `packageText`. */
  readonly titles?: LocalisedTexts;
  readonly description?: string;
  readonly descriptions?: LocalisedTexts;
  readonly version?: string;
  readonly municipality?: { readonly nis5?: string; readonly name?: string };
  readonly periods: readonly number[];
  readonly fictional: boolean;
  readonly synthetic: boolean;
  readonly sources: readonly SourceDescriptor[];
  readonly licenses: readonly LicenceDescriptor[];
  readonly resources: readonly ResourceDescriptor[];
  /** Which indicators and FTE profile play which part in the analysis (see data/package/analysis-roles.ts). */
  readonly analysis: Readonly<Record<string, string>>;
}

export const DESCRIPTOR_FILE = 'datapackage.json';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asString = (v: Json): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const asStringList = (v: Json): string[] | undefined =>
  typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v) : undefined;

/** The sources list at JSON path `at`: entries with a title (or name, or a `titles` variant); others are left out. */
function readSources(value: Json, at: string, textProblem: TextProblem): SourceDescriptor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((s, i) => {
    if (!isObject(s)) return [];
    const titles = readLocalisedTexts(s.titles, `${at}[${i}].titles`, textProblem);
    const title = asString(s.title) ?? asString(s.name) ?? titles?.nl ?? titles?.en;
    return title ? [{ title, ...(titles ? { titles } : {}), ...(asString(s.path) ? { path: asString(s.path)! } : {}) }] : [];
  });
}

/**
 * Checks and normalises a parsed descriptor. Every problem goes to `problems` with the JSON path;
 * returns null only when the descriptor is unusable (no resources array).
 *
 * @example
 * parseDescriptor(JSON.parse(text), problems)?.resources.map((r) => r.role)
 */
export function parseDescriptor(json: Json, problems: ProblemList, file = DESCRIPTOR_FILE): PackageDescriptor | null {
  const fieldProblem = (path: string, detail: string, detailNl: string) =>
    problems.error('descriptor-field', file, { params: { path, detail, detailNl } });
  const textProblem: TextProblem = (path, detail, detailNl) => problems.warning('descriptor-field', file, { params: { path, detail, detailNl } });
  if (!isObject(json)) {
    fieldProblem('(root)', 'must be a JSON object', 'moet een JSON-object zijn');
    return null;
  }
  if (!Array.isArray(json.resources)) {
    fieldProblem('resources', 'must be a list of resources', 'moet een lijst van resources zijn');
    return null;
  }
  const periods: number[] = [];
  if (json.periods !== undefined) {
    if (Array.isArray(json.periods) && json.periods.every((p) => Number.isInteger(p))) periods.push(...(json.periods as number[]));
    else fieldProblem('periods', 'must be a list of whole numbers (years)', 'moet een lijst van gehele getallen (jaren) zijn');
  }
  const names = new Set<string>();
  const resources = json.resources.flatMap((raw, index) => {
    const resource = readResource(raw, `resources[${index}]`, names, file, problems, fieldProblem, textProblem);
    return resource ? [resource] : [];
  });
  const municipality = isObject(json.municipality)
    ? { ...(asString(json.municipality.nis5) ? { nis5: asString(json.municipality.nis5)! } : {}), ...(asString(json.municipality.name) ? { name: asString(json.municipality.name)! } : {}) }
    : undefined;
  const titles = readLocalisedTexts(json.titles, 'titles', textProblem);
  const descriptions = readLocalisedTexts(json.descriptions, 'descriptions', textProblem);
  const description = asString(json.description) ?? descriptions?.nl ?? descriptions?.en;
  return {
    name: asString(json.name) ?? 'package',
    title: asString(json.title) ?? titles?.nl ?? titles?.en ?? asString(json.name) ?? 'Data package',
    periods,
    fictional: json.fictional === true,
    synthetic: json.synthetic === true,
    sources: readSources(json.sources, 'sources', textProblem),
    licenses: readLicenses(json.licenses, textProblem),
    resources,
    analysis: isObject(json.analysis) ? Object.fromEntries(Object.entries(json.analysis).filter((e): e is [string, string] => typeof e[1] === 'string')) : {},
    ...(titles ? { titles } : {}),
    ...(description ? { description } : {}),
    ...(descriptions ? { descriptions } : {}),
    ...(asString(json.version) ? { version: asString(json.version)! } : {}),
    ...(municipality ? { municipality } : {}),
  };
}

function readSchema(
  raw: Json,
  at: string,
  fieldProblem: (path: string, detail: string, detailNl: string) => void,
): SchemaDescriptor | null {
  if (!isObject(raw) || !Array.isArray(raw.fields) || raw.fields.length === 0) {
    fieldProblem(at, 'must have a non-empty "fields" list', 'moet een niet-lege lijst "fields" hebben');
    return null;
  }
  const fields: FieldDescriptor[] = [];
  for (const [i, f] of raw.fields.entries()) {
    const name = isObject(f) ? asString(f.name) : undefined;
    if (!isObject(f) || !name) {
      fieldProblem(`${at}.fields[${i}].name`, 'is missing', 'ontbreekt');
      return null;
    }
    const type = (asString(f.type) ?? 'string') as FieldType;
    if (!(FIELD_TYPES as readonly string[]).includes(type)) {
      fieldProblem(`${at}.fields[${i}].type (${name})`, `"${type}" is not supported; use ${FIELD_TYPES.join(', ')}`, `"${type}" wordt niet ondersteund; gebruik ${FIELD_TYPES.join(', ')}`);
      return null;
    }
    const c = isObject(f.constraints) ? f.constraints : undefined;
    fields.push({
      name,
      type,
      ...(asString(f.title) ? { title: asString(f.title)! } : {}),
      ...(asString(f.description) ? { description: asString(f.description)! } : {}),
      ...(c ? { constraints: { ...(c.required === true ? { required: true } : {}), ...(asStringList(c.enum) ? { enum: asStringList(c.enum)! } : {}) } } : {}),
    });
  }
  const primaryKey = raw.primaryKey === undefined ? [] : asStringList(raw.primaryKey);
  if (!primaryKey) {
    fieldProblem(`${at}.primaryKey`, 'must be a field name or a list of field names', 'moet een veldnaam of een lijst van veldnamen zijn');
    return null;
  }
  for (const key of primaryKey) {
    if (!fields.some((f) => f.name === key)) {
      fieldProblem(`${at}.primaryKey`, `names "${key}", which is not a field`, `noemt "${key}", dat geen veld is`);
      return null;
    }
  }
  const foreignKeys: ForeignKeyDescriptor[] = [];
  if (Array.isArray(raw.foreignKeys)) {
    for (const [i, fk] of raw.foreignKeys.entries()) {
      const fkFields = isObject(fk) ? asStringList(fk.fields) : undefined;
      const ref = isObject(fk) && isObject(fk.reference) ? fk.reference : undefined;
      const refFields = ref ? asStringList(ref.fields) : undefined;
      const refResource = ref ? (typeof ref.resource === 'string' ? ref.resource : undefined) : undefined;
      if (!fkFields || !refFields || refResource === undefined || fkFields.length !== refFields.length) {
        fieldProblem(`${at}.foreignKeys[${i}]`, 'must have fields and reference {resource, fields} of equal length', 'moet fields en reference {resource, fields} van gelijke lengte hebben');
        continue;
      }
      foreignKeys.push({ fields: fkFields, reference: { resource: refResource, fields: refFields } });
    }
  }
  const missingValues = asStringList(raw.missingValues) ?? [''];
  return { fields, primaryKey, foreignKeys, missingValues };
}

/** Reports a problem with a descriptor member at a JSON path, in English and Dutch. */
type FieldProblem = TextProblem;

/**
 * One entry of `resources` (at JSON path `at`), checked in order: an object with a unique name, a known role,
 * a path, the format its role needs, a schema and, for the roles tied to a level, a level. Null (with the
 * problem reported) when the resource cannot be used; `names` collects the names seen.
 */
function readResource(raw: Json, at: string, names: Set<string>, file: string, problems: ProblemList, fieldProblem: FieldProblem, textProblem: TextProblem): ResourceDescriptor | null {
  if (!isObject(raw)) {
    fieldProblem(at, 'must be an object', 'moet een object zijn');
    return null;
  }
  const name = asString(raw.name);
  if (!name) {
    fieldProblem(`${at}.name`, 'is missing', 'ontbreekt');
    return null;
  }
  if (names.has(name)) {
    problems.error('resource-name-duplicate', file, { params: { resource: name } });
    return null;
  }
  names.add(name);
  const role = asString(raw.role);
  if (!role) {
    fieldProblem(`${at}.role (${name})`, 'is missing', 'ontbreekt');
    return null;
  }
  if (!(RESOURCE_ROLES as readonly string[]).includes(role)) {
    problems.error('resource-role', file, { params: { resource: name, role, allowed: RESOURCE_ROLES.join(', ') } });
    return null;
  }
  const path = asString(raw.path);
  if (!path) {
    fieldProblem(`${at}.path (${name})`, 'is missing (Wijkzicht reads files, not inline data)', 'ontbreekt (Wijkzicht leest bestanden, geen inline data)');
    return null;
  }
  const declared = (asString(raw.format) ?? path.split('.').pop() ?? '').toLowerCase();
  const expected = role === 'areas' ? 'geojson' : 'csv';
  const format = declared === 'json' && expected === 'geojson' ? 'geojson' : declared;
  if (format !== expected) {
    problems.error('resource-format', file, { params: { resource: name, format: declared, expected } });
    return null;
  }
  const schema = readSchema(raw.schema, `${at}.schema (${name})`, fieldProblem);
  if (!schema) return null;
  const level = asString(raw.level);
  if ((role === 'areas' || role === 'area-attributes' || role === 'team-territories') && !level) {
    fieldProblem(`${at}.level (${name})`, `is required for role ${role}`, `is verplicht voor rol ${role}`);
    return null;
  }
  return {
    name,
    role: role as ResourceRole,
    path: path.replace(/^\.\//, ''),
    format: expected,
    schema,
    sources: readSources(raw.sources, `${at}.sources (${name})`, textProblem),
    ...(asString(raw.title) ? { title: asString(raw.title)! } : {}),
    ...(level ? { level } : {}),
    ...(asString(raw.parentLevel) ? { parentLevel: asString(raw.parentLevel)! } : {}),
    ...(asString(raw.parentKey) ? { parentKey: asString(raw.parentKey)! } : {}),
    ...(asString(raw.status) ? { status: asString(raw.status)! } : {}),
    ...(asString(raw.geometryQuality) ? { geometryQuality: asString(raw.geometryQuality)! } : {}),
  };
}

function readLicenses(value: Json, textProblem: TextProblem): LicenceDescriptor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((l, i) => {
    if (!isObject(l)) return [];
    const titles = readLocalisedTexts(l.titles, `licenses[${i}].titles`, textProblem);
    return [{
      ...(asString(l.name) ? { name: asString(l.name)! } : {}),
      ...(asString(l.title) ? { title: asString(l.title)! } : {}),
      ...(titles ? { titles } : {}),
      ...(asString(l.path) ? { path: asString(l.path)! } : {}),
    }];
  });
}
