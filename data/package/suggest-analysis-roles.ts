import { DEFAULT_ANALYSIS_ROLES, type AnalysisRoles } from './analysis-roles';
import type { IndicatorDefinition } from './model';

/** The roles an indicator of a municipality's own figures can be suggested for. */
export type SuggestableRole = 'need' | 'clients' | 'caseload';

/**
 * Word stems (accents dropped, lower case) that name each role in Dutch or English headers. A role is
 * suggested only when exactly one indicator matches it, so an unsure guess is never made.
 */
const ROLE_STEMS: Readonly<Record<SuggestableRole, readonly string[]>> = {
  need: ['armoede', 'poverty', 'kansarm', 'in nood', 'deprivation'],
  clients: ['client', 'gekende'],
  caseload: ['dossier', 'caseload', 'case file'],
};

const flat = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/_/g, ' ');

/**
 * For each of need, known clients and open dossiers that the package has no indicator for under the
 * default id (`est_poverty_persons`, `known_clients`, `open_dossiers`), the one indicator whose id or
 * labels name it ("Personen in armoede", "Gekende cliënten", "Lopende dossiers"); a role that several
 * indicators or none match is left out. Only counts (kind `count`) are offered — for need also `mean`, as
 * estimated persons often carry decimals; never a share or a rate ("% in armoede" is not a number of
 * persons). An indicator is suggested for one role at most.
 *
 * @example
 * suggestAnalysisRoles([{ id: 'lopende_dossiers', labelNl: 'Lopende dossiers', labelEn: 'Lopende dossiers', kind: 'count' }])
 * // { caseload: 'lopende_dossiers' }
 */
export function suggestAnalysisRoles(definitions: readonly Pick<IndicatorDefinition, 'id' | 'labelNl' | 'labelEn' | 'kind'>[]): Partial<Pick<AnalysisRoles, SuggestableRole>> {
  if (!Array.isArray(definitions)) throw new TypeError('definitions must be an array of indicator definitions');
  const ids = new Set(definitions.map((d) => d.id));
  const taken = new Set<string>();
  const suggested: Partial<Record<SuggestableRole, string>> = {};
  // Caseload and clients first: "dossiers van personen in armoede" is a caseload, not the need.
  for (const role of ['caseload', 'clients', 'need'] as const) {
    if (ids.has(DEFAULT_ANALYSIS_ROLES[role])) continue;
    const matches = definitions.filter((d) => {
      if (taken.has(d.id) || !(d.kind === 'count' || (role === 'need' && d.kind === 'mean'))) return false;
      const text = `${flat(d.id)} ${flat(d.labelNl)} ${flat(d.labelEn)}`;
      return ROLE_STEMS[role].some((stem) => text.includes(stem));
    });
    if (matches.length !== 1) continue;
    suggested[role] = matches[0]!.id;
    taken.add(matches[0]!.id);
  }
  return suggested;
}
