import { counted } from './counted';
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
    en: (p) => ({ message: `${counted(p.count, 'code', 'codes')} in the table match no area (${counted(p.rows, 'row', 'rows')}), e.g. ${p.examples}. Those rows are left out.`, fix: 'Check that the table and the boundaries use the same kind of code (e.g. NIS sector codes) and the same municipality.' }),
    nl: (p) => ({ message: `${counted(p.count, 'code', 'codes')} in de tabel passen bij geen enkel gebied (${counted(p.rows, 'rij', 'rijen')}), bv. ${p.examplesNl ?? p.examples}. Die rijen worden weggelaten.`, fix: 'Kijk na of de tabel en de grenzen dezelfde soort code gebruiken (bv. NIS-sectorcodes) en dezelfde gemeente.' }),
  },
  'import-codes-unmatched-areas': {
    en: (p) => ({ message: `${counted(p.count, 'area', 'areas')} have no figures in the table, e.g. ${p.examples}. They will show as "no data".`, fix: 'Fine if the table covers part of the areas; otherwise check the codes.' }),
    nl: (p) => ({ message: `${counted(p.count, 'gebied', 'gebieden')} hebben geen cijfers in de tabel, bv. ${p.examples}. Ze verschijnen als "geen gegevens".`, fix: 'Geen probleem als de tabel een deel van de gebieden dekt; kijk anders de codes na.' }),
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
    nl: (p) => ({ message: `"${p.level}" is geen bruikbare niveaunaam.`, fix: 'Gebruik kleine letters, cijfers en streepjes, bv. wijk, sector, gemeente.' }),
  },
  'import-value-duplicate-same': {
    en: (p) => ({ message: `Area ${p.code}, period ${p.period}, indicator ${p.indicator} is given again with the same value (first at row ${p.first}); kept once.`, fix: 'Nothing to do; remove the repeated row (or the code written two ways) to silence this warning.' }),
    nl: (p) => ({ message: `Gebied ${p.code}, periode ${p.period}, indicator ${p.indicator} staat er nog eens met dezelfde waarde (eerst op rij ${p.first}); één keer gehouden.`, fix: 'Niets te doen; verwijder de herhaalde rij (of de code die op twee manieren geschreven is) om deze waarschuwing kwijt te raken.' }),
  },
  'import-municipality-unknown': {
    en: (p) => ({ message: `No Flemish or Brussels municipality is called or numbered "${p.query}".`, fix: p.close ? `Did you mean ${p.close}? Give the name or the five-digit NIS code (e.g. 34022 for Kortrijk).` : 'Give the name or the five-digit NIS code (e.g. 34022 for Kortrijk).' }),
    nl: (p) => ({ message: `Er is geen Vlaamse of Brusselse gemeente met de naam of het nummer "${p.query}".`, fix: p.close ? `Bedoelt u ${p.close}? Geef de naam of de NIS-code van vijf cijfers (bv. 34022 voor Kortrijk).` : 'Geef de naam of de NIS-code van vijf cijfers (bv. 34022 voor Kortrijk).' }),
  },
  'import-municipality-ambiguous': {
    en: (p) => ({ message: `"${p.query}" fits several municipalities: ${p.names}.`, fix: 'Give the full name or the NIS code.' }),
    nl: (p) => ({ message: `"${p.query}" past bij meerdere gemeenten: ${p.names}.`, fix: 'Geef de volledige naam of de NIS-code.' }),
  },
  'import-levels-mixed': {
    en: (p) => ({ message: `The figures are given at different levels (${p.levels}); one import takes one level.`, fix: `Give all figures per ${p.base} (sector figures that are counts can be added up to wijken first), or import the files separately.` }),
    nl: (p) => ({ message: `De cijfers staan op verschillende niveaus (${p.levelsNl ?? p.levels}); één import neemt één niveau.`, fix: `Geef alle cijfers per ${p.baseNl ?? p.base} (sectorcijfers die aantallen zijn kunt u eerst optellen tot wijken), of importeer de bestanden afzonderlijk.` }),
  },
  'import-indicator-builtin': {
    en: (p) => ({ message: `Indicator ${p.indicator} is already in the built-in geography of ${p.municipality} (${p.what}).`, fix: 'Rename the column (e.g. population_own), or leave it out: the built-in figure is used.' }),
    nl: (p) => ({ message: `Indicator ${p.indicator} zit al in de ingebouwde geografie van ${p.municipality} (${p.whatNl ?? p.what}).`, fix: 'Geef de kolom een andere naam (bv. bevolking_eigen), of laat ze weg: het ingebouwde cijfer wordt gebruikt.' }),
  },
  'import-organisation-without-teams': {
    en: (p) => ({ message: `The ${p.table} table needs teams, and no teams table was given.`, fix: 'Give the teams table too (area code → team), e.g. --teams teams.csv.' }),
    nl: (p) => ({ message: `De tabel ${p.tableNl ?? p.table} heeft teams nodig, en er werd geen teamtabel gegeven.`, fix: 'Geef ook de teamtabel (gebiedscode → team), bv. --teams teams.csv.' }),
  },
  'import-read-timeout': {
    en: (p) => ({ message: `Reading ${p.name} took longer than ${p.seconds} s and was stopped.`, fix: 'The file is probably damaged: export or download it again and choose the new copy (the other files can be imported without it).' }),
    nl: (p) => ({ message: `Het lezen van ${p.name} duurde langer dan ${p.seconds} s en werd gestopt.`, fix: 'Het bestand is waarschijnlijk beschadigd: exporteer of download het opnieuw en kies de nieuwe kopie (de andere bestanden kunt u zonder dit bestand importeren).' }),
  },
  'import-read-crashed': {
    en: (p) => ({ message: `${p.name} could not be read: its content stopped the reader.`, fix: 'The file is probably damaged or not what its name says: export or download it again and choose the new copy.' }),
    nl: (p) => ({ message: `${p.name} kon niet gelezen worden: de inhoud bracht de lezer tot stilstand.`, fix: 'Het bestand is waarschijnlijk beschadigd of niet wat de naam zegt: exporteer of download het opnieuw en kies de nieuwe kopie.' }),
  },
};
