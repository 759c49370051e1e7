import type { MessageCatalog } from './problem';
import type { ImportProblemCode } from './problem-codes';

export const IMPORT_MESSAGES: MessageCatalog<ImportProblemCode> = {
  'import-file-unknown': {
    en: (p) => ({ message: `Wijkzicht does not know what to do with ${p.name}.`, fix: 'Give boundaries as a shapefile (.shp with .shx/.dbf/.prj, or a .zip) or GeoJSON, and figures as CSV/TSV/TXT, XLSX or Parquet.' }),
    nl: (p) => ({ message: `Wijkzicht weet niet wat te doen met ${p.name}.`, fix: 'Geef grenzen als shapefile (.shp met .shx/.dbf/.prj, of een .zip) of GeoJSON, en cijfers als CSV/TSV/TXT, XLSX of Parquet.' }),
  },
  'import-no-boundaries': {
    en: () => ({ message: 'No boundaries were given (or none could be read).', fix: 'Add the area boundaries: a shapefile or a GeoJSON file of the areas the figures are about.' }),
    nl: () => ({ message: 'Er werden geen grenzen gegeven (of ze konden niet gelezen worden).', fix: 'Voeg de gebiedsgrenzen toe: een shapefile of GeoJSON van de gebieden waarover de cijfers gaan.' }),
  },
  'import-several-boundaries': {
    en: (p) => ({ message: `Several boundary layers were given (${p.files}); one import takes one.`, fix: 'Import one layer at a time (one area level per import).' }),
    nl: (p) => ({ message: `Er werden meerdere grenslagen gegeven (${p.files}); één import neemt er één.`, fix: 'Importeer één laag per keer (één gebiedsniveau per import).' }),
  },
  'import-field-missing': {
    en: (p) => ({ message: `There is no column "${p.field}" (${p.role}).`, fix: `Choose one of: ${p.available}.` }),
    nl: (p) => ({ message: `Er is geen kolom "${p.field}" (${p.roleNl ?? p.role}).`, fix: `Kies een van: ${p.available}.` }),
  },
  'import-code-empty': {
    en: (p) => ({ message: `Feature has no value in the code column ${p.field}.`, fix: 'Give every area a code, or choose another code column.' }),
    nl: (p) => ({ message: `Feature heeft geen waarde in de codekolom ${p.field}.`, fix: 'Geef elk gebied een code, of kies een andere codekolom.' }),
  },
  'import-code-duplicate': {
    en: (p) => ({ message: `Code ${p.code} is used by feature ${p.first} and again here.`, fix: 'Area codes must be unique: correct the code, merge the two areas, or choose another code column.' }),
    nl: (p) => ({ message: `Code ${p.code} wordt gebruikt door feature ${p.first} en nog eens hier.`, fix: 'Gebiedscodes moeten uniek zijn: verbeter de code, voeg de twee gebieden samen, of kies een andere codekolom.' }),
  },
  'import-codes-unmatched-table': {
    en: (p) => ({ message: `${p.count} code(s) in the table match no area (${p.rows} rows), e.g. ${p.examples}. Those rows are left out.`, fix: 'Check that the table and the boundaries use the same kind of code (e.g. NIS sector codes) and the same municipality.' }),
    nl: (p) => ({ message: `${p.count} code(s) in de tabel passen bij geen enkel gebied (${p.rows} rijen), bv. ${p.examples}. Die rijen worden weggelaten.`, fix: 'Kijk na of de tabel en de grenzen dezelfde soort code gebruiken (bv. NIS-sectorcodes) en dezelfde gemeente.' }),
  },
  'import-codes-unmatched-areas': {
    en: (p) => ({ message: `${p.count} area(s) have no figures in the table, e.g. ${p.examples}. They will show as "no data".`, fix: 'Fine if the table covers part of the areas; otherwise check the codes.' }),
    nl: (p) => ({ message: `${p.count} gebied(en) hebben geen cijfers in de tabel, bv. ${p.examples}. Ze verschijnen als "geen gegevens".`, fix: 'Geen probleem als de tabel een deel van de gebieden dekt; kijk anders de codes na.' }),
  },
  'import-nothing-matched': {
    en: (p) => ({ message: `No code of the table (column ${p.column}, e.g. ${p.tableExamples}) matches a code of the boundaries (e.g. ${p.areaExamples}).`, fix: 'Choose the right code column on both sides.' }),
    nl: (p) => ({ message: `Geen enkele code van de tabel (kolom ${p.column}, bv. ${p.tableExamples}) past bij een code van de grenzen (bv. ${p.areaExamples}).`, fix: 'Kies aan beide kanten de juiste codekolom.' }),
  },
  'import-value-duplicate': {
    en: (p) => ({ message: `A second value for area ${p.code}, period ${p.period}, indicator ${p.indicator} (first at row ${p.first}).`, fix: 'Keep one row per area, period and indicator.' }),
    nl: (p) => ({ message: `Een tweede waarde voor gebied ${p.code}, periode ${p.period}, indicator ${p.indicator} (eerste op rij ${p.first}).`, fix: 'Houd één rij per gebied, periode en indicator.' }),
  },
  'import-indicator-clash': {
    en: (p) => ({ message: `Indicator ${p.indicator} comes from two files (${p.files}).`, fix: 'Rename one of the columns or import the files one by one.' }),
    nl: (p) => ({ message: `Indicator ${p.indicator} komt uit twee bestanden (${p.files}).`, fix: 'Geef een van de kolommen een andere naam of importeer de bestanden afzonderlijk.' }),
  },
  'import-level-name': {
    en: (p) => ({ message: `"${p.level}" is not a usable level name.`, fix: 'Use lower-case letters, digits and dashes, e.g. wijk, sector, municipality.' }),
    nl: (p) => ({ message: `"${p.level}" is geen bruikbare niveaunaam.`, fix: 'Gebruik kleine letters, cijfers en streepjes, bv. wijk, sector, municipality.' }),
  },
};
