import { counted } from './counted';
import type { MessageCatalog } from './problem';
import type { CoreProblemCode } from './problem-codes';

/** Messages of the package reader's own problems, in Dutch and English. */
export const CORE_MESSAGES: MessageCatalog<CoreProblemCode> = {
  'descriptor-missing': {
    en: () => ({ message: 'No datapackage.json found.', fix: 'Choose the folder (or .zip) that contains datapackage.json.' }),
    nl: () => ({ message: 'Geen datapackage.json gevonden.', fix: 'Kies de map (of .zip) die datapackage.json bevat.' }),
  },
  'descriptor-json': {
    en: (p) => ({ message: `datapackage.json is not valid JSON: ${p.detail}.`, fix: 'Repair the JSON syntax (a JSON validator shows the exact spot).' }),
    nl: (p) => ({ message: `datapackage.json is geen geldige JSON: ${p.detail}.`, fix: 'Herstel de JSON-syntaxis (een JSON-validator toont de juiste plek).' }),
  },
  'descriptor-field': {
    en: (p) => ({ message: `Descriptor field ${p.path} ${p.detail}.`, fix: `Set ${p.path} as described in README.md (Data formats).` }),
    nl: (p) => ({ message: `Descriptorveld ${p.path} ${p.detailNl ?? p.detail}.`, fix: `Vul ${p.path} in zoals beschreven in README.md (Dataformaten).` }),
  },
  'resource-role': {
    en: (p) => ({ message: `Resource ${p.resource} has role "${p.role}", which Wijkzicht does not know.`, fix: `Use one of: ${p.allowed}.` }),
    nl: (p) => ({ message: `Resource ${p.resource} heeft rol "${p.role}", die Wijkzicht niet kent.`, fix: `Gebruik een van: ${p.allowed}.` }),
  },
  'resource-name-duplicate': {
    en: (p) => ({ message: `Two resources are named ${p.resource}.`, fix: 'Give every resource a unique name.' }),
    nl: (p) => ({ message: `Twee resources heten ${p.resource}.`, fix: 'Geef elke resource een unieke naam.' }),
  },
  'resource-file-missing': {
    en: (p) => ({ message: `Resource ${p.resource} points to ${p.path}, which is not in the package.`, fix: 'Add the file or correct the path in datapackage.json (paths are relative to it, with /).' }),
    nl: (p) => ({ message: `Resource ${p.resource} verwijst naar ${p.path}, dat niet in het pakket zit.`, fix: 'Voeg het bestand toe of verbeter het pad in datapackage.json (relatief, met /).' }),
  },
  'resource-format': {
    en: (p) => ({ message: `Resource ${p.resource} has format "${p.format}"; expected ${p.expected}.`, fix: 'Convert the file (the import wizard reads other formats) or correct "format".' }),
    nl: (p) => ({ message: `Resource ${p.resource} heeft formaat "${p.format}"; verwacht ${p.expected}.`, fix: 'Zet het bestand om (de importwizard leest andere formaten) of verbeter "format".' }),
  },
  'role-missing': {
    en: (p) => ({ message: `The package has no resource with role "${p.role}".`, fix: `Add a ${p.role} resource (see README.md, Data formats).` }),
    nl: (p) => ({ message: `Het pakket heeft geen resource met rol "${p.role}".`, fix: `Voeg een ${p.role}-resource toe (zie README.md, Dataformaten).` }),
  },
  'level-duplicate': {
    en: (p) => ({ message: `Two areas resources declare level "${p.level}".`, fix: 'Use one areas resource per level.' }),
    nl: (p) => ({ message: `Twee areas-resources hebben niveau "${p.level}".`, fix: 'Gebruik één areas-resource per niveau.' }),
  },
  'level-parent-unknown': {
    en: (p) => ({ message: `Level ${p.level} names parentLevel "${p.parent}", which no areas resource provides.`, fix: `Add the ${p.parent} level or correct parentLevel.` }),
    nl: (p) => ({ message: `Niveau ${p.level} noemt parentLevel "${p.parent}", maar geen areas-resource levert dat niveau.`, fix: `Voeg niveau ${p.parent} toe of verbeter parentLevel.` }),
  },
  encoding: {
    en: () => ({ message: 'The file is not valid UTF-8; it was read as Windows-1252.', fix: 'Save the file as UTF-8 (in Excel: "CSV UTF-8") to be sure accents are right.' }),
    nl: () => ({ message: 'Het bestand is geen geldige UTF-8; het werd gelezen als Windows-1252.', fix: 'Bewaar het bestand als UTF-8 (in Excel: "CSV UTF-8") zodat accenten juist zijn.' }),
  },
  'csv-syntax': {
    en: (p) => ({ message: `CSV syntax error: ${p.detail}.`, fix: 'Close the quoted field (a value with a quote " must be written as "").' }),
    nl: (p) => ({ message: `CSV-syntaxfout: ${p.detailNl ?? p.detail}.`, fix: 'Sluit het veld tussen aanhalingstekens af (een " in een waarde schrijf je als "").' }),
  },
  'csv-row-length': {
    en: (p) => ({ message: `The row has ${p.found} fields; the header has ${p.expected}.`, fix: 'Check for a missing or extra separator on this row, or quote values that contain a comma.' }),
    nl: (p) => ({ message: `De rij heeft ${p.found} velden; de kopregel heeft er ${p.expected}.`, fix: 'Kijk na of een scheidingsteken ontbreekt of te veel is, of zet waarden met een komma tussen aanhalingstekens.' }),
  },
  'column-missing': {
    en: (p) => ({ message: `Column ${p.column} is missing${p.where ? ` (${p.where})` : ''}.`, fix: `Add the column ${p.column} or correct the schema in datapackage.json.` }),
    nl: (p) => ({ message: `Kolom ${p.column} ontbreekt${p.where ? ` (${p.where})` : ''}.`, fix: `Voeg de kolom ${p.column} toe of verbeter het schema in datapackage.json.` }),
  },
  'column-extra': {
    en: (p) => ({ message: `Column ${p.column} is not in the schema and is ignored.`, fix: 'Declare it in schema.fields if it is needed.' }),
    nl: (p) => ({ message: `Kolom ${p.column} staat niet in het schema en wordt genegeerd.`, fix: 'Voeg ze toe aan schema.fields als ze nodig is.' }),
  },
  'value-type': {
    en: (p) => ({ message: `Value "${p.value}" is not ${p.type === 'integer' ? 'an integer' : `a ${p.type}`}.`, fix: `Write a ${p.type} (decimal point, no thousands separator), or leave the cell empty for a missing value.` }),
    nl: (p) => ({ message: `Waarde "${p.value}" is geen ${p.typeNl ?? p.type}.`, fix: `Schrijf een ${p.typeNl ?? p.type} (decimaal punt, geen duizendtalscheiding), of laat de cel leeg voor een ontbrekende waarde.` }),
  },
  'value-required': {
    en: () => ({ message: 'A value is required here (key or required field) but the cell is empty.', fix: 'Fill in the value or remove the row.' }),
    nl: () => ({ message: 'Hier is een waarde verplicht (sleutel of verplicht veld) maar de cel is leeg.', fix: 'Vul de waarde in of verwijder de rij.' }),
  },
  'value-range': {
    en: (p) => ({ message: `Value ${p.value} is out of range (${p.range}).`, fix: `Correct the value; ${p.hint ?? 'check the unit'}.` }),
    nl: (p) => ({ message: `Waarde ${p.value} ligt buiten het bereik (${p.range}).`, fix: `Verbeter de waarde; ${p.hintNl ?? p.hint ?? 'kijk de eenheid na'}.` }),
  },
  'value-implausible': {
    en: (p) => ({ message: `${p.indicator} is more than ${p.factor} times ${p.denominator} of the same area and period in ${counted(p.rows, 'row', 'rows')} (e.g. area ${p.area}, ${p.period}: ${p.value} against ${p.base}).`, fix: 'Check the unit (a count, not per 1,000 or a percentage) and that the columns are not swapped; the values are read as they are.' }),
    nl: (p) => ({ message: `${p.indicator} is meer dan ${p.factor} keer ${p.denominator} van hetzelfde gebied en dezelfde periode in ${counted(p.rows, 'rij', 'rijen')} (bv. gebied ${p.area}, ${p.period}: ${p.value} tegenover ${p.base}).`, fix: 'Kijk de eenheid na (een aantal, geen promille of percentage) en of de kolommen niet verwisseld zijn; de waarden worden ingelezen zoals ze zijn.' }),
  },
  'value-enum': {
    en: (p) => ({ message: `Value "${p.value}" is not allowed.`, fix: `Use one of: ${p.allowed}.` }),
    nl: (p) => ({ message: `Waarde "${p.value}" is niet toegelaten.`, fix: `Gebruik een van: ${p.allowed}.` }),
  },
  'key-duplicate': {
    en: (p) => ({ message: `Duplicate key ${p.value} (first seen ${p.first}).`, fix: 'Keep one row per key: remove or merge the duplicate.' }),
    nl: (p) => ({ message: `Dubbele sleutel ${p.value} (eerst gezien ${p.firstNl ?? p.first}).`, fix: 'Behoud één rij per sleutel: verwijder of voeg het dubbel samen.' }),
  },
  'foreign-key': {
    en: (p) => ({ message: `${p.value} does not exist in ${p.target}.`, fix: `Use a code that exists in ${p.target}, or add it there.` }),
    nl: (p) => ({ message: `${p.value} bestaat niet in ${p.target}.`, fix: `Gebruik een code die in ${p.target} bestaat, of voeg ze daar toe.` }),
  },
  'geojson-structure': {
    en: (p) => ({ message: `Not a GeoJSON FeatureCollection: ${p.detail}.`, fix: 'Export the layer as GeoJSON (RFC 7946, WGS84), or use the import wizard.' }),
    nl: (p) => ({ message: `Geen GeoJSON FeatureCollection: ${p.detail}.`, fix: 'Exporteer de laag als GeoJSON (RFC 7946, WGS84), of gebruik de importwizard.' }),
  },
  'geometry-null': {
    en: (p) => ({ message: `Feature ${p.code} has no geometry.`, fix: 'Give the area a polygon or remove the feature.' }),
    nl: (p) => ({ message: `Feature ${p.code} heeft geen geometrie.`, fix: 'Geef het gebied een polygoon of verwijder de feature.' }),
  },
  'geometry-type': {
    en: (p) => ({ message: `Feature ${p.code} is a ${p.type}; an areas layer needs Polygon or MultiPolygon.`, fix: 'Keep only polygon features in an areas layer.' }),
    nl: (p) => ({ message: `Feature ${p.code} is een ${p.type}; een gebiedenlaag vraagt Polygon of MultiPolygon.`, fix: 'Houd enkel polygonen over in een gebiedenlaag.' }),
  },
  'geometry-coordinates': {
    en: (p) => ({ message: `Feature ${p.code} has coordinates outside longitude/latitude range (${p.sample}).`, fix: 'The file is probably projected (e.g. Belgian Lambert 72): reproject to WGS84 (EPSG:4326) or use the import wizard, which does it.' }),
    nl: (p) => ({ message: `Feature ${p.code} heeft coördinaten buiten het lengte-/breedtebereik (${p.sample}).`, fix: 'Het bestand is wellicht geprojecteerd (bv. Belgische Lambert 72): herprojecteer naar WGS84 (EPSG:4326) of gebruik de importwizard.' }),
  },
  'property-missing': {
    en: (p) => ({ message: `Feature ${p.code ?? ''} lacks property ${p.property}.`.replace('  ', ' '), fix: `Add ${p.property} to every feature's properties.` }),
    nl: (p) => ({ message: `Feature ${p.code ?? ''} mist eigenschap ${p.property}.`.replace('  ', ' '), fix: `Voeg ${p.property} toe aan de properties van elke feature.` }),
  },
  'hierarchy-unassigned': {
    en: (p) => ({ message: `${counted(p.count, `${p.base} area`, `${p.base} areas`)} could not be placed in a ${p.level} (e.g. ${p.examples}); they are left out of ${p.level} totals.`, fix: `Add a ${p.level}_code column to the ${p.base} attributes, or check the boundaries.` }),
    nl: (p) => ({ message: `${counted(p.count, 'gebied', 'gebieden')} van niveau ${p.base} konden niet in een ${p.level} geplaatst worden (bv. ${p.examples}); ze tellen niet mee in de ${p.level}-totalen.`, fix: `Voeg een kolom ${p.level}_code toe aan de ${p.base}-attributen, of kijk de grenzen na.` }),
  },
  'period-unlisted': {
    en: (p) => ({ message: `Period ${p.value} is not listed in the descriptor's "periods".`, fix: 'Add it to "periods" in datapackage.json or correct the period.' }),
    nl: (p) => ({ message: `Periode ${p.value} staat niet in "periods" van de descriptor.`, fix: 'Voeg ze toe aan "periods" in datapackage.json of verbeter de periode.' }),
  },
};
