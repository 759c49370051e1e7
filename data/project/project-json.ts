/** Small JSON helpers shared by the project file's reader, checker and writer. */

export type JsonObject = Record<string, unknown>;
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
export const SHA256_HEX = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const isIsoInstant = (v: unknown): v is string => typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));
/** JSON path of a member: `a.b` for plain names, `a["odd key"]` otherwise. */
export const member = (parent: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (parent === '' ? key : `${parent}.${key}`) : `${parent}[${JSON.stringify(key)}]`;
/** A value as a phrase for a message: `null`, `a list`, `the text "…"`, `number 3`. */
export const describeValue = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
/** {@link describeValue} in Dutch: `null`, `een lijst`, `de tekst "…"`, `getal 3`. */
export const describeValueNl = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'een lijst'
      : typeof v === 'string'
        ? `de tekst ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
        : typeof v === 'object'
          ? 'een object'
          : typeof v === 'number'
            ? `getal ${String(v)}`
            : typeof v === 'boolean'
              ? `de waarde ${String(v)}`
              : `${typeof v} ${String(v)}`;
