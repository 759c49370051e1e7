import type { SupportedCrs } from '../../../geo/crs';

export type WktIdentification =
  | { readonly ok: true; readonly code: SupportedCrs; readonly name: string }
  /** `name` is the system's name from the WKT, or the start of the text when it could not be parsed. */
  | { readonly ok: false; readonly name: string; readonly reason: 'unparsable' | 'unknown' };

interface WktNode {
  readonly keyword: string;
  readonly args: readonly (string | number | WktNode)[];
}

/**
 * Identifies the coordinate system a `.prj` file (or any WKT) describes, among those Wijkzicht supports.
 * Reads WKT1 in the ESRI flavour (ggw7.prj: `PROJCS["Belge_Lambert_1972", …]` with no authority and no
 * TOWGS84), the OGC/GDAL flavour (`AUTHORITY["EPSG","31370"]`) and WKT2 (`ID["EPSG",31370]`, BOUNDCRS).
 * An EPSG (or ESRI Web Mercator) authority code on the system itself decides; without one the projection
 * method and parameters do (names vary too much between writers and the old Belge Lambert 72, EPSG:31300,
 * is named almost like Lambert 72 but has another central meridian):
 * - Lambert conformal conic on the International 1924 ellipsoid with central meridian 4.367486667°,
 *   parallels 49.8333339° and 51.1666672333°, false easting 150,000.013 m → EPSG:31370;
 * - Lambert conformal conic on GRS80 with central meridian 4.359215833°, origin 50.797815°,
 *   false easting 649,328 m → EPSG:3812;
 * - Mercator on the WGS84 sphere (ESRI "Mercator_Auxiliary_Sphere", "Popular Visualisation Pseudo
 *   Mercator", or Mercator named Web/Pseudo Mercator) → EPSG:3857;
 * - a geographic system on the WGS84 datum (or the WKT2 "World Geodetic System 1984 ensemble") → EPSG:4326.
 * A TOWGS84 clause, where present, is ignored: Lambert 72 always gets the EPSG:15929 datum shift.
 *
 * @example
 * identifyWktCrs('PROJCS["Belge_Lambert_1972",GEOGCS["GCS_Belge_1972",…]]'); // { ok: true, code: 'EPSG:31370', … }
 * identifyWktCrs('PROJCS["WGS_1984_UTM_Zone_31N",…]'); // { ok: false, name: 'WGS_1984_UTM_Zone_31N', reason: 'unknown' }
 */
export function identifyWktCrs(wkt: string): WktIdentification {
  if (typeof wkt !== 'string') throw new TypeError('wkt must be a string');
  const text = wkt.replace(/^\uFEFF/, '').trim();
  let root: WktNode | null;
  try {
    root = parseWkt(text);
  } catch {
    root = null;
  }
  if (root === null) return { ok: false, name: text.slice(0, 80) || '(empty)', reason: 'unparsable' };
  const crs = unwrap(root);
  const name = typeof crs.args[0] === 'string' ? crs.args[0] : crs.keyword;
  const code = byAuthority(crs) ?? byDefinition(crs, name);
  return code === null || code === 'other' ? { ok: false, name, reason: 'unknown' } : { ok: true, code, name };
}

/** BOUNDCRS → its source; compound systems → their horizontal part. */
function unwrap(node: WktNode): WktNode {
  const k = node.keyword;
  if (k === 'BOUNDCRS') {
    const source = child(node, 'SOURCECRS');
    const inner = source?.args.find(isNode);
    return inner ? unwrap(inner) : node;
  }
  if (k === 'COMPD_CS' || k === 'COMPOUNDCRS') {
    const inner = node.args.find((a): a is WktNode => isNode(a) && /^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|BOUNDCRS)$/.test(a.keyword));
    return inner ? unwrap(inner) : node;
  }
  return node;
}

const isNode = (v: unknown): v is WktNode => typeof v === 'object' && v !== null;
const child = (node: WktNode, keyword: string): WktNode | undefined => node.args.find((a): a is WktNode => isNode(a) && a.keyword === keyword);
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The system's own EPSG/ESRI code (not those of its datum or base system): a supported code, 'other', or null. */
function byAuthority(crs: WktNode): SupportedCrs | 'other' | null {
  for (const a of crs.args) {
    if (!isNode(a) || (a.keyword !== 'AUTHORITY' && a.keyword !== 'ID')) continue;
    const authority = String(a.args[0] ?? '').toUpperCase();
    const code = String(a.args[1] ?? '');
    if (authority === 'EPSG') {
      if (code === '4326' || code === '31370' || code === '3812' || code === '3857') return `EPSG:${code}`;
      if (code === '900913' || code === '3785') return 'EPSG:3857';
      return 'other';
    }
    if (authority === 'ESRI' && (code === '102100' || code === '102113')) return 'EPSG:3857';
  }
  return null;
}

function findAll(node: WktNode, keywords: readonly string[], out: WktNode[] = []): WktNode[] {
  for (const a of node.args) {
    if (!isNode(a)) continue;
    if (keywords.includes(a.keyword)) out.push(a);
    findAll(a, keywords, out);
  }
  return out;
}

const PARAMETER_ALIASES: Record<string, string> = {
  centralmeridian: 'lon0',
  longitudeoforigin: 'lon0',
  longitudeoffalseorigin: 'lon0',
  longitudeofnaturalorigin: 'lon0',
  latitudeoforigin: 'lat0',
  latitudeoffalseorigin: 'lat0',
  latitudeofnaturalorigin: 'lat0',
  standardparallel1: 'sp1',
  latitudeof1ststandardparallel: 'sp1',
  standardparallel2: 'sp2',
  latitudeof2ndstandardparallel: 'sp2',
  falseeasting: 'fe',
  eastingatfalseorigin: 'fe',
  falsenorthing: 'fn',
  northingatfalseorigin: 'fn',
  scalefactor: 'k',
  scalefactoratnaturalorigin: 'k',
};

function byDefinition(crs: WktNode, name: string): SupportedCrs | null {
  const semiMajor = (() => {
    const spheroid = findAll(crs, ['SPHEROID', 'ELLIPSOID'])[0];
    return typeof spheroid?.args[1] === 'number' ? spheroid.args[1] : null;
  })();
  if (crs.keyword === 'GEOGCS' || crs.keyword === 'GEOGCRS' || crs.keyword === 'GEODCRS') {
    const datum = findAll(crs, ['DATUM', 'ENSEMBLE'])[0]; // WKT2 writes WGS 84 as a datum ensemble
    const datumName = norm(typeof datum?.args[0] === 'string' ? datum.args[0] : '');
    const wgs84 = /wgs84|wgs1984|worldgeodeticsystem1984/.test(datumName);
    const degrees = (() => {
      const unit = child(crs, 'UNIT') ?? findAll(crs, ['ANGLEUNIT'])[0];
      return unit === undefined || (typeof unit.args[1] === 'number' && Math.abs(unit.args[1] - Math.PI / 180) < 1e-9);
    })();
    return wgs84 && semiMajor === 6378137 && degrees ? 'EPSG:4326' : null;
  }
  if (crs.keyword !== 'PROJCS' && crs.keyword !== 'PROJCRS') return null;
  const conversion = child(crs, 'CONVERSION') ?? crs;
  const methodNode = child(crs, 'PROJECTION') ?? child(conversion, 'METHOD');
  const method = norm(typeof methodNode?.args[0] === 'string' ? methodNode.args[0] : '');
  const params: Record<string, number> = {};
  for (const p of conversion.args) {
    if (!isNode(p) || p.keyword !== 'PARAMETER' || typeof p.args[0] !== 'string' || typeof p.args[1] !== 'number') continue;
    const key = PARAMETER_ALIASES[norm(p.args[0])];
    if (key !== undefined) params[key] = p.args[1];
  }
  const unit = child(crs, 'UNIT');
  if (unit !== undefined && typeof unit.args[1] === 'number' && unit.args[1] !== 1) return null; // feet, kilometres…
  const near = (key: string, value: number, tolerance: number, fallback?: number) => Math.abs((params[key] ?? fallback ?? NaN) - value) <= tolerance;
  const parallels = (a: number, b: number) =>
    (near('sp1', a, 1e-6) && near('sp2', b, 1e-6)) || (near('sp1', b, 1e-6) && near('sp2', a, 1e-6));
  if (method.includes('lambert') && method.includes('conformal') && method.includes('conic') && !method.includes('belgium')) {
    if (semiMajor === 6378388 && near('lon0', 4.36748666666667, 1e-6) && near('lat0', 90, 1e-6) && parallels(49.8333339, 51.1666672333333) && near('fe', 150000.013, 0.01) && near('fn', 5400088.438, 0.01)) {
      return 'EPSG:31370';
    }
    if (semiMajor === 6378137 && near('lon0', 4.35921583333333, 1e-6) && near('lat0', 50.797815, 1e-6) && parallels(49.8333333333333, 51.1666666666667) && near('fe', 649328, 0.01) && near('fn', 665262, 0.01)) {
      return 'EPSG:3812';
    }
    return null;
  }
  if (method.includes('mercator')) {
    const webByMethod = method.includes('auxiliarysphere') || method.includes('pseudomercator') || method.includes('popularvisualisation');
    const webByName = /webmercator|pseudomercator|popularvisualisation|googlemaps/.test(norm(name));
    const origin = near('lon0', 0, 1e-9, 0) && near('fe', 0, 1e-6, 0) && near('fn', 0, 1e-6, 0);
    if ((webByMethod || webByName) && semiMajor === 6378137 && origin) return 'EPSG:3857';
  }
  return null;
}

/** A small recursive-descent WKT parser (WKT1 and WKT2: `[]` or `()`, quoted strings with `""` escapes). */
function parseWkt(text: string): WktNode | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const node = (): WktNode | string => {
    skip();
    const start = i;
    while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
    const keyword = text.slice(start, i).toUpperCase();
    if (keyword === '') throw new Error(`keyword expected at ${i}`);
    skip();
    const open = text[i];
    if (open !== '[' && open !== '(') return keyword; // a bare enum value such as EAST
    const close = open === '[' ? ']' : ')';
    i++;
    const args: (string | number | WktNode)[] = [];
    for (;;) {
      skip();
      const c = text[i];
      if (c === undefined) throw new Error('unexpected end');
      if (c === close) {
        i++;
        break;
      }
      if (c === ',') {
        i++;
        continue;
      }
      if (c === '"') {
        let s = '';
        i++;
        for (;;) {
          const d = text[i];
          if (d === undefined) throw new Error('unterminated string');
          if (d === '"') {
            if (text[i + 1] === '"') {
              s += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          s += d;
          i++;
        }
        args.push(s);
      } else if (/[-+0-9.]/.test(c)) {
        const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
        if (!m) throw new Error(`number expected at ${i}`);
        args.push(Number(m[0]));
        i += m[0].length;
      } else {
        args.push(node());
      }
    }
    return { keyword, args };
  };
  skip();
  if (i >= text.length) return null;
  const root = node();
  return typeof root === 'string' || root.args.length === 0 ? null : root;
}
