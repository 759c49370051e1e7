import type { MessageCatalog } from './problem';
import type { OrganisationProblemCode } from './problem-codes';

/**
 * Messages of the organisation set-up and its tables (teams and their areas, locations, FTE, analysis roles).
 * The location (file, row, field) comes with the problem; the params name the value.
 */
export const ORGANISATION_MESSAGES: MessageCatalog<OrganisationProblemCode> = {
  'org-column-missing': {
    en: (p) => ({ message: `The ${p.table} table has no column for ${p.what}.`, fix: `Name a column ${p.names} (Dutch or English, in any order); the columns are: ${p.columns}.` }),
    nl: (p) => ({ message: `De tabel ${p.tableNl ?? p.table} heeft geen kolom voor ${p.whatNl ?? p.what}.`, fix: `Noem een kolom ${p.names} (Nederlands of Engels, in eender welke volgorde); de kolommen zijn: ${p.columns}.` }),
  },
  'org-value-missing': {
    en: (p) => ({ message: `The ${p.what} is empty.`, fix: `Fill in the ${p.what}, or remove the row.` }),
    nl: (p) => ({ message: `${p.whatNl ?? p.what} is leeg.`, fix: `Vul ${p.whatNl ?? p.what} in, of verwijder de rij.` }),
  },
  'org-area-unknown': {
    en: (p) => ({ message: `Area code ${p.code} is not a sector, wijk or deelgemeente of ${p.municipality}.`, fix: 'Use the NIS sector codes (e.g. 34022A00-) or the wijk codes (e.g. 34022W08) of this municipality, as the Gebied tab shows them.' }),
    nl: (p) => ({ message: `Gebiedscode ${p.code} is geen sector, wijk of deelgemeente van ${p.municipality}.`, fix: 'Gebruik de NIS-sectorcodes (bv. 34022A00-) of de wijkcodes (bv. 34022W08) van deze gemeente, zoals het tabblad Gebied ze toont.' }),
  },
  'org-area-twice': {
    en: (p) => ({ message: `Sector ${p.code} is given to team ${p.second} here and to team ${p.first} in row ${p.row}.`, fix: 'Every area belongs to exactly one team: keep one of the two rows.' }),
    nl: (p) => ({ message: `Sector ${p.code} wordt hier aan team ${p.second} gegeven en in rij ${p.row} aan team ${p.first}.`, fix: 'Elk gebied hoort bij precies één team: houd één van de twee rijen.' }),
  },
  'org-team-unknown': {
    en: (p) => ({ message: `Team ${p.team} is not one of the teams (${p.teams}).`, fix: 'Write the team as in the teams list, or add the team first.' }),
    nl: (p) => ({ message: `Team ${p.team} is geen van de teams (${p.teams}).`, fix: 'Schrijf het team zoals in de lijst van teams, of voeg het team eerst toe.' }),
  },
  'org-team-duplicate': {
    en: (p) => ({ message: `There are two teams called ${p.name}.`, fix: 'Give every team its own name.' }),
    nl: (p) => ({ message: `Er zijn twee teams met de naam ${p.name}.`, fix: 'Geef elk team een eigen naam.' }),
  },
  'org-coordinate-invalid': {
    en: (p) => ({ message: `"${p.value}" is not a coordinate.`, fix: 'Write the position as longitude/latitude in degrees (3,2665 and 50,8271) or as X/Y in metres in Lambert 72 or Lambert 2008; a decimal comma is fine.' }),
    nl: (p) => ({ message: `"${p.value}" is geen coördinaat.`, fix: 'Schrijf de positie als lengte/breedte in graden (3,2665 en 50,8271) of als X/Y in meter in Lambert 72 of Lambert 2008; een decimale komma mag.' }),
  },
  'org-coordinates-system': {
    en: (p) => ({ message: `The coordinates (e.g. ${p.sample}) are neither longitude/latitude nor Belgian Lambert 72 or Lambert 2008.`, fix: 'Give longitude/latitude (WGS84) or X/Y in Lambert 72 (EPSG:31370) or Lambert 2008 (EPSG:3812), e.g. as exported from a GIS or the Geopunt address search.' }),
    nl: (p) => ({ message: `De coördinaten (bv. ${p.sample}) zijn geen lengte/breedte en ook geen Belgische Lambert 72 of Lambert 2008.`, fix: 'Geef lengte/breedte (WGS84) of X/Y in Lambert 72 (EPSG:31370) of Lambert 2008 (EPSG:3812), bv. zoals een GIS of het adresloket van Geopunt ze geeft.' }),
  },
  'org-location-outside': {
    en: (p) => ({ message: `Location ${p.name} lies outside ${p.municipality}, about ${p.distance} m from its border.`, fix: 'Check the coordinates (longitude and latitude swapped? the wrong system?); a location outside the municipality is kept, but it serves only the areas within reach.' }),
    nl: (p) => ({ message: `Locatie ${p.name} ligt buiten ${p.municipality}, ongeveer ${p.distance} m van de grens.`, fix: 'Kijk de coördinaten na (lengte en breedte verwisseld? verkeerd stelsel?); een locatie buiten de gemeente blijft, maar bedient alleen de gebieden binnen bereik.' }),
  },
  'org-fte-invalid': {
    en: (p) => ({ message: `"${p.value}" is not a number of FTE between 0 and 10,000.`, fix: 'Write the full-time equivalents as a number, e.g. 14,5 (decimal comma or point).' }),
    nl: (p) => ({ message: `"${p.value}" is geen aantal VTE tussen 0 en 10.000.`, fix: 'Schrijf de voltijdse equivalenten als getal, bv. 14,5 (decimale komma of punt).' }),
  },
  'org-period-invalid': {
    en: (p) => ({ message: `"${p.value}" is not a year.`, fix: 'Write the period as a year between 1990 and 2100, e.g. 2024.' }),
    nl: (p) => ({ message: `"${p.value}" is geen jaartal.`, fix: 'Schrijf de periode als jaartal tussen 1990 en 2100, bv. 2024.' }),
  },
  'org-row-duplicate': {
    en: (p) => ({ message: `This row repeats row ${p.first} exactly; it is kept once.`, fix: 'Nothing to do, or remove the repeated row.' }),
    nl: (p) => ({ message: `Deze rij herhaalt rij ${p.first} precies; ze wordt één keer gehouden.`, fix: 'Niets te doen, of verwijder de herhaalde rij.' }),
  },
  'org-row-conflict': {
    en: (p) => ({ message: `This row gives ${p.what} again, with another value than row ${p.first} (${p.value} against ${p.other}).`, fix: 'Keep one of the two rows.' }),
    nl: (p) => ({ message: `Deze rij geeft ${p.whatNl ?? p.what} opnieuw, met een andere waarde dan rij ${p.first} (${p.value} tegenover ${p.other}).`, fix: 'Houd één van de twee rijen.' }),
  },
  'org-role-unknown': {
    en: (p) => ({ message: `The ${p.role} role names ${p.id}, which is not ${p.kind} of this package.`, fix: `Choose one of: ${p.available}.` }),
    nl: (p) => ({ message: `De rol ${p.roleNl ?? p.role} noemt ${p.id}, dat geen ${p.kindNl ?? p.kind} van dit pakket is.`, fix: `Kies een van: ${p.available}.` }),
  },
  'org-areas-unassigned': {
    en: (p) => ({ message: `${p.count} of ${p.total} areas belong to no team (e.g. ${p.examples}).`, fix: 'Give them to a team with the brush in Inrichten, or add them to the teams table; until then they count for no team.' }),
    nl: (p) => ({ message: `${p.count} van de ${p.total} gebieden horen bij geen team (bv. ${p.examples}).`, fix: 'Geef ze aan een team met de borstel in Inrichten, of voeg ze toe aan de teamtabel; tot dan tellen ze voor geen team.' }),
  },
};
