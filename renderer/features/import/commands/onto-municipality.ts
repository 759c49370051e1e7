import { createTranslator } from '../../../shared/i18n/i18n';
import { reportProblem } from '../../../shared/problems';
import { decodeMunicipality, type MunicipalityGeography } from '../../../../data/geography';
import { buildImportOntoMunicipality, FIGURE_LEVEL_RESOURCES, type ImportInputs, type ImportOutcome, type ImportSpec } from '../../../../data/import';
import { organisationOf, withOrganisation } from '../../../../data/organisation';
import type { LoadedPackage } from '../../../../data/package';
import { inSlice, type AppState } from '../../../app/app-state';
import type { Services } from '../../../app/services';
import { recordUrlOf } from '../../municipality/built-in-geography';
import { failed, previewBuilt, type CarriedOrganisation, type MunicipalityTarget } from '../state/import-slice';
import { carryOrganisation } from './carry-organisation';

/** Reads a file of the app's own build (injected in tests). */
export type FetchBytes = (url: string) => Promise<Uint8Array>;

export const fetchOwnFile: FetchBytes = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/**
 * The built-in municipality a package is (its descriptor names a NIS code this build has a record of), to
 * offer its geography for new figures; null for any other package.
 *
 * @example
 * municipalityOfferOf(mechelenPackage) // { nis: '12025', name: 'Mechelen' }
 */
export function municipalityOfferOf(pkg: LoadedPackage | null): MunicipalityTarget | null {
  const nis = pkg?.descriptor.municipality?.nis5;
  if (!pkg || !nis || !recordUrlOf({ nis })) return null;
  return { nis, name: pkg.descriptor.municipality?.name ?? nis };
}

/** The built-in geography of a municipality, from the app's own files. */
export async function loadGeography(target: MunicipalityTarget, fetchBytes: FetchBytes): Promise<MunicipalityGeography> {
  const url = recordUrlOf(target);
  if (!url) throw new Error(`no built-in record for ${target.nis}`);
  return decodeMunicipality(await fetchBytes(url));
}

/** The spec without the boundary choices (the geography is built in). */
const ontoSpec = (spec: ImportSpec) => {
  const { boundaries: _none, ...rest } = spec;
  return rest;
};

/** The organisation to carry over: the set-up being edited in Inrichten for the open package, else the package's own. */
function openOrganisation(state: AppState, nis: string) {
  const pkg = state.pkg.current;
  if (!pkg || municipalityOfferOf(pkg)?.nis !== nis) return null;
  return { pkg, organisation: state.organise.forPackage === pkg ? state.organise.draft : organisationOf(pkg) };
}

/**
 * The figures onto the built-in municipality (`buildImportOntoMunicipality`), with the organisation of the
 * open package of the same municipality carried over into the new package (`carryOrganisation`,
 * `withOrganisation`), so importing figures after Inrichten loses no team, area, location, FTE or role.
 * Not yet verified: open it with `verifyImport`.
 */
export async function buildOntoMunicipality(
  state: AppState,
  geography: MunicipalityGeography,
  inputs: ImportInputs,
  spec: ImportSpec,
): Promise<{ outcome: ImportOutcome; carried: CarriedOrganisation | null }> {
  const outcome = await buildImportOntoMunicipality(geography, inputs, ontoSpec(spec));
  const open = openOrganisation(state, geography.nis);
  if (!outcome.ok || !outcome.files || !open) return { outcome, carried: null };
  const level = outcome.report.municipality.level;
  const baseCodes = new Set((level === 'sector' ? geography.sectors : geography.wijken).map((a) => a.code));
  const indicatorIds = ['population', ...outcome.report.indicators.map((d) => d.id)];
  const carry = carryOrganisation(open.organisation, { fromLevel: open.pkg.baseLevel, toLevel: level, geography, baseCodes, indicatorIds });
  if (!carry) return { outcome, carried: null };
  const written = withOrganisation(outcome.files, carry.organisation, { baseLevel: level, baseResource: FIGURE_LEVEL_RESOURCES[level] });
  const files = new Map([...written].map(([path, content]) => [path, typeof content === 'string' ? content : new TextDecoder().decode(content)]));
  return { outcome: { ...outcome, files }, carried: carry.carried };
}

/**
 * The indicators step onto a municipality: the import as the mapping stands, for its suggested definitions
 * (kept in the wizard's state; an answer for inputs or mappings that changed meanwhile is dropped).
 */
export async function previewOntoMunicipality(services: Services): Promise<void> {
  const { inputs, spec, geography, preview } = services.store.getState().importer;
  if (!inputs || !geography || (preview && preview.inputs === inputs && preview.mappings === spec.mappings)) return;
  try {
    const outcome = await buildImportOntoMunicipality(geography, inputs, ontoSpec(spec));
    services.store.update(inSlice('importer', previewBuilt({ inputs, mappings: spec.mappings, outcome })));
  } catch (error) {
    reportProblem(services.store, 'import-failed', error);
    services.store.update(inSlice('importer', failed(createTranslator(services.store.getState().ui.language)('importStepFailed'))));
  }
}
