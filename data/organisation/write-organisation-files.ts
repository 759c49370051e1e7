import { writeCsv } from '../formats/csv/write-csv';
import type { Organisation } from './organisation';

/** Where the organisation lives in a package, and the roles of its resources. */
export const ORGANISATION_PATHS = { teams: 'teams.csv', territory: 'team_territories.csv', fte: 'team_fte.csv', centres: 'centres.csv' } as const;
const ORGANISATION_ROLES = new Set(['teams', 'team-territories', 'team-fte', 'centres']);

type Json = Record<string, unknown>;
const field = (name: string, type = 'string') => ({ name, type });
const fk = (fields: string, resource: string, referenced: string) => ({ fields, reference: { resource, fields: referenced } });

/**
 * The package's files with this organisation in them: `teams.csv` (id, name, colour), the territory at the base
 * level (`team_territories.csv`: base area → team), `team_fte.csv` and `centres.csv`, declared in
 * `datapackage.json` (earlier organisation resources are replaced), and the analysis roles set in the
 * descriptor's `analysis`. Everything else is kept byte for byte. Read back with `readPackage` and
 * `organisationOf`, it gives the same organisation.
 *
 * @example
 * const saved = withOrganisation(files, organisation, { baseLevel: 'sector', baseResource: 'areas-sectors' });
 */
export function withOrganisation(
  files: ReadonlyMap<string, string | Uint8Array>,
  organisation: Organisation,
  base: { readonly baseLevel: string; readonly baseResource: string },
): Map<string, string | Uint8Array> {
  const descriptorText = files.get('datapackage.json');
  if (descriptorText === undefined) throw new Error('the package has no datapackage.json');
  const descriptor = JSON.parse(typeof descriptorText === 'string' ? descriptorText : new TextDecoder().decode(descriptorText)) as Json;
  const resources = (Array.isArray(descriptor.resources) ? descriptor.resources : []) as Json[];
  const dropped = resources.filter((r) => ORGANISATION_ROLES.has(String(r.role))).map((r) => String(r.path));
  const kept = resources.filter((r) => !ORGANISATION_ROLES.has(String(r.role)));
  const out = new Map(files);
  for (const path of dropped) if (!kept.some((r) => r.path === path)) out.delete(path);
  const areaKey = `${base.baseLevel}_code`;
  const csv = { format: 'csv', mediatype: 'text/csv' };
  const added: Json[] = [];
  if (organisation.teams.length > 0) {
    out.set(ORGANISATION_PATHS.teams, writeCsv(['team_id', 'name', 'colour'], organisation.teams.map((t) => [t.id, t.name, t.colour])));
    added.push({ name: 'teams', role: 'teams', path: ORGANISATION_PATHS.teams, ...csv, schema: { fields: [field('team_id'), field('name'), field('colour')], primaryKey: 'team_id' } });
    const territory = [...organisation.territory].sort((a, b) => a[0].localeCompare(b[0]));
    out.set(ORGANISATION_PATHS.territory, writeCsv([areaKey, 'team_id'], territory));
    added.push({
      name: 'team-territories',
      role: 'team-territories',
      level: base.baseLevel,
      path: ORGANISATION_PATHS.territory,
      ...csv,
      schema: { fields: [field(areaKey), field('team_id')], primaryKey: areaKey, foreignKeys: [fk(areaKey, base.baseResource, 'code'), fk('team_id', 'teams', 'team_id')] },
    });
    out.set(ORGANISATION_PATHS.fte, writeCsv(['team_id', 'period', 'profile', 'fte'], organisation.fte.map((f) => [f.teamId, f.period, f.profile, f.fte])));
    added.push({
      name: 'team-fte',
      role: 'team-fte',
      path: ORGANISATION_PATHS.fte,
      ...csv,
      schema: { fields: [field('team_id'), field('period', 'integer'), field('profile'), field('fte', 'number')], primaryKey: ['team_id', 'period', 'profile'], foreignKeys: [fk('team_id', 'teams', 'team_id')] },
    });
  }
  if (organisation.centres.length > 0) {
    out.set(ORGANISATION_PATHS.centres, writeCsv(['centre_id', 'name', 'team_id', 'address', 'lon', 'lat', 'location_quality'], organisation.centres.map((c) => [c.id, c.name, c.teamId, c.address, c.lon, c.lat, c.locationQuality])));
    added.push({
      name: 'centres',
      role: 'centres',
      path: ORGANISATION_PATHS.centres,
      ...csv,
      schema: {
        fields: [field('centre_id'), field('name'), field('team_id'), field('address'), field('lon', 'number'), field('lat', 'number'), field('location_quality')],
        primaryKey: 'centre_id',
        ...(organisation.teams.length > 0 ? { foreignKeys: [fk('team_id', 'teams', 'team_id')] } : {}),
      },
    });
  }
  const analysis = { ...((descriptor.analysis ?? {}) as Json), ...organisation.roles };
  out.set('datapackage.json', `${JSON.stringify({ ...descriptor, analysis, resources: [...kept, ...added] }, null, 2)}\n`);
  return out;
}
