import type { GeographyIndexEntry } from '../../../data/geography';
import { buildMunicipalityPackage, decodeMunicipality } from '../../../data/geography';
import { createMemorySource } from '../../../data/package';
import { openPackage } from '../../app/open-package';
import type { Services } from '../../app/services';
import { recordUrlOf } from './built-in-geography';

/** Reads a record's bytes from the app's own files (injected in tests). */
export type FetchBytes = (url: string) => Promise<Uint8Array>;

const fetchOwnFile: FetchBytes = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/**
 * Opens a municipality of the built-in geography as a package: its real wijken, deelgemeenten and outline,
 * its statistical sectors (cells approximate) with their 2024 population. No teams, locations or FTE yet:
 * the user sets them up (Inrichten) or imports them. All or nothing, like any package: on a failure the
 * package that was open stays open and the user is told.
 *
 * @returns true when the municipality was opened.
 */
export function openMunicipality(services: Services, entry: GeographyIndexEntry, fetchBytes: FetchBytes = fetchOwnFile): Promise<boolean> {
  return openPackage(services, entry.name, async () => {
    const url = recordUrlOf(entry);
    if (!url) throw new Error(`no built-in record for ${entry.nis}`);
    const geography = decodeMunicipality(await fetchBytes(url));
    return createMemorySource(entry.name, buildMunicipalityPackage(geography));
  });
}
