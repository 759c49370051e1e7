import { counted } from './counted';
import type { MessageCatalog } from './problem';
import type { TableProblemCode } from './problem-codes';

const decimalEn = (d: unknown): string => (d === ',' ? 'a comma' : 'a point');
const decimalNl = (d: unknown): string => (d === ',' ? 'een komma' : 'een punt');
const otherDecimalEn = (d: unknown): string => (d === ',' ? 'point' : 'comma');
const otherDecimalNl = (d: unknown): string => (d === ',' ? 'punt' : 'komma');
/** A limit as people write it: 32,767 in English, 32.767 in Dutch (text params such as `1000+` as given). */
const grouped = (n: unknown, language: 'en' | 'nl'): string => (typeof n === 'number' ? n.toLocaleString(language === 'nl' ? 'nl-BE' : 'en-GB') : String(n));
const startsEn = (p: Readonly<Record<string, unknown>>): string => (p.start ? ` (it starts "${p.start}")` : '');
const startsNl = (p: Readonly<Record<string, unknown>>): string => (p.start ? ` (ze begint met "${p.start}")` : '');
const delimiterName = (d: unknown): string => (d === '\t' ? 'tab' : `"${String(d)}"`);

const UNSUPPORTED: Record<string, { en: string; nl: string }> = {
  xls: { en: 'an old Excel 97–2003 workbook (.xls) or a password-protected workbook', nl: 'een oude Excel 97–2003-werkmap (.xls) of een met wachtwoord beveiligde werkmap' },
  ods: { en: 'an OpenDocument spreadsheet (.ods)', nl: 'een OpenDocument-rekenblad (.ods)' },
  xlsb: { en: 'a binary Excel workbook (.xlsb)', nl: 'een binaire Excel-werkmap (.xlsb)' },
  html: { en: 'a web page (HTML) saved under a spreadsheet name, as some systems "export to Excel"', nl: 'een webpagina (HTML) opgeslagen met een rekenbladnaam, zoals sommige systemen "naar Excel exporteren"' },
  zip: { en: 'a .zip archive, not a table', nl: 'een .zip-archief, geen tabel' },
};

export const TABLE_MESSAGES: MessageCatalog<TableProblemCode> = {
  'table-empty': {
    en: () => ({ message: 'The file is empty.', fix: 'Choose the file that holds the figures, or export it again from the source system.' }),
    nl: () => ({ message: 'Het bestand is leeg.', fix: 'Kies het bestand met de cijfers, of exporteer het opnieuw uit het bronsysteem.' }),
  },
  'table-no-rows': {
    en: (p) => ({ message: `The table has a header (${p.columns}) but no data rows.`, fix: 'Export the table again with its rows, or choose another file or sheet.' }),
    nl: (p) => ({ message: `De tabel heeft een kopregel (${p.columns}) maar geen gegevensrijen.`, fix: 'Exporteer de tabel opnieuw met haar rijen, of kies een ander bestand of werkblad.' }),
  },
  'table-format-unknown': {
    en: (p) => ({ message: `Wijkzicht cannot tell what kind of table this file is${p.extension ? ` (.${p.extension})` : ''}: it is not text, an Excel workbook or Parquet.`, fix: 'Save the table as CSV UTF-8 (.csv), Excel workbook (.xlsx) or Parquet (.parquet) and choose that file.' }),
    nl: (p) => ({ message: `Wijkzicht herkent dit bestand niet als tabel${p.extension ? ` (.${p.extension})` : ''}: het is geen tekst, Excel-werkmap of Parquet.`, fix: 'Bewaar de tabel als CSV UTF-8 (.csv), Excel-werkmap (.xlsx) of Parquet (.parquet) en kies dat bestand.' }),
  },
  'table-format-unsupported': {
    en: (p) => ({ message: `This is ${(UNSUPPORTED[String(p.kind)] ?? UNSUPPORTED.xls!).en}, which Wijkzicht cannot read.`, fix: p.kind === 'zip' ? 'Unpack the archive and choose the table file inside, or give the .zip as an import file so it is unpacked.' : 'Open it in Excel or LibreOffice and save it as "Excel workbook (.xlsx)" without a password, or as "CSV UTF-8".' }),
    nl: (p) => ({ message: `Dit is ${(UNSUPPORTED[String(p.kind)] ?? UNSUPPORTED.xls!).nl}, dat Wijkzicht niet kan lezen.`, fix: p.kind === 'zip' ? 'Pak het archief uit en kies het tabelbestand erin, of geef de .zip als importbestand zodat het uitgepakt wordt.' : 'Open het in Excel of LibreOffice en bewaar het als "Excel-werkmap (.xlsx)" zonder wachtwoord, of als "CSV UTF-8".' }),
  },
  'table-file-corrupt': {
    en: (p) => ({ message: `The file looks like ${p.format} but cannot be read: ${p.detail}.`, fix: 'Export or download the file again (it may be incomplete or damaged), then choose the new copy.' }),
    nl: (p) => ({ message: `Het bestand lijkt ${p.format} maar kan niet gelezen worden: ${p.detail}.`, fix: 'Exporteer of download het bestand opnieuw (het is mogelijk onvolledig of beschadigd) en kies de nieuwe kopie.' }),
  },
  'table-extension-mismatch': {
    en: (p) => ({ message: `The file name ends in .${p.extension} but the content is ${p.format}; it was read as ${p.format}.`, fix: `Nothing needed if the figures look right; otherwise rename the file to its real type (.${String(p.format).toLowerCase()}).` }),
    nl: (p) => ({ message: `De bestandsnaam eindigt op .${p.extension} maar de inhoud is ${p.format}; het werd als ${p.format} gelezen.`, fix: `Niets te doen als de cijfers kloppen; geef het bestand anders de juiste extensie (.${String(p.format).toLowerCase()}).` }),
  },
  'table-sheet-unknown': {
    en: (p) => ({ message: `The workbook has no sheet named "${p.sheet}".`, fix: `Choose one of the sheets: ${p.sheets}.` }),
    nl: (p) => ({ message: `De werkmap heeft geen werkblad met de naam "${p.sheet}".`, fix: `Kies een van de werkbladen: ${p.sheets}.` }),
  },
  'table-sheet-empty': {
    en: (p) => ({ message: p.sheet ? `Sheet "${p.sheet}" holds no data.` : 'No sheet of the workbook holds data.', fix: p.sheet ? `Choose a sheet with the figures (sheets: ${p.sheets}).` : 'Choose the workbook that holds the figures, or check that they were not deleted.' }),
    nl: (p) => ({ message: p.sheet ? `Werkblad "${p.sheet}" bevat geen gegevens.` : 'Geen enkel werkblad van de werkmap bevat gegevens.', fix: p.sheet ? `Kies een werkblad met de cijfers (werkbladen: ${p.sheets}).` : 'Kies de werkmap met de cijfers, of kijk na of ze niet gewist werden.' }),
  },
  'table-title-rows-skipped': {
    en: (p) => ({ message: `What stood above the header (row ${p.rows}) was taken as titles and skipped; the header is row ${p.header}.`, fix: `Nothing needed if row ${p.header} holds the column names; otherwise delete the title rows so the column names are on the first row.` }),
    nl: (p) => ({ message: `Wat boven de kopregel stond (rij ${p.rows}) werd als titel beschouwd en overgeslagen; de kopregel is rij ${p.header}.`, fix: `Niets te doen als rij ${p.header} de kolomnamen bevat; verwijder anders de titelrijen zodat de kolomnamen op de eerste rij staan.` }),
  },
  'table-header-empty': {
    en: (p) => ({ message: `A column with values has no name in the header; it was named "${p.column}".`, fix: 'Give every column a name in the header row (or delete the column if it is not needed).' }),
    nl: (p) => ({ message: `Een kolom met waarden heeft geen naam in de kopregel; ze kreeg de naam "${p.column}".`, fix: 'Geef elke kolom een naam in de kopregel (of verwijder de kolom als ze niet nodig is).' }),
  },
  'table-header-duplicate': {
    en: (p) => ({ message: `Column name "${p.column}" occurs more than once; this one was renamed "${p.renamed}".`, fix: 'Give every column a unique name in the header row.' }),
    nl: (p) => ({ message: `Kolomnaam "${p.column}" komt meer dan eens voor; deze kolom kreeg de naam "${p.renamed}".`, fix: 'Geef elke kolom een unieke naam in de kopregel.' }),
  },
  'table-row-short': {
    en: (p) => ({ message: `The row has ${p.found} fields; the header has ${p.expected}. The missing fields were read as empty.`, fix: 'Check that no separator is missing on this row; add empty fields at the end if values are really missing.' }),
    nl: (p) => ({ message: `De rij heeft ${p.found} velden; de kopregel heeft er ${p.expected}. De ontbrekende velden werden als leeg gelezen.`, fix: 'Kijk na of er geen scheidingsteken ontbreekt op deze rij; voeg lege velden toe op het einde als waarden echt ontbreken.' }),
  },
  'table-row-long': {
    en: (p) => ({ message: `The row has ${p.found} fields; the header has ${p.expected}. The values past column ${p.expected} were ignored, so the row is probably shifted.`, fix: 'Check for an extra separator on this row, or put quotes around values that contain the separator (e.g. a decimal comma in a comma-separated file); or choose another separator.' }),
    nl: (p) => ({ message: `De rij heeft ${p.found} velden; de kopregel heeft er ${p.expected}. De waarden na kolom ${p.expected} werden genegeerd, dus de rij is waarschijnlijk verschoven.`, fix: 'Kijk na of er een scheidingsteken te veel staat, of zet waarden met het scheidingsteken tussen aanhalingstekens (bv. een decimale komma in een bestand met komma als scheidingsteken); of kies een ander scheidingsteken.' }),
  },
  'table-single-column': {
    en: (p) => ({ message: `Only one column was found with separator ${delimiterName(p.delimiter)}.`, fix: 'If the file has several columns, choose its separator (comma, semicolon, tab or |) in the import settings.' }),
    nl: (p) => ({ message: `Met scheidingsteken ${delimiterName(p.delimiter)} werd maar één kolom gevonden.`, fix: 'Heeft het bestand meerdere kolommen, kies dan het scheidingsteken (komma, puntkomma, tab of |) in de importinstellingen.' }),
  },
  'table-decimal-ambiguous': {
    en: (p) => ({ message: `Numbers such as "${p.example}" can be read two ways; they were read with ${decimalEn(p.decimal)} as decimal mark.`, fix: `Check a few values in the preview; if they are wrong, choose the ${otherDecimalEn(p.decimal)} as decimal mark in the import settings.` }),
    nl: (p) => ({ message: `Getallen zoals "${p.example}" kunnen op twee manieren gelezen worden; ze werden gelezen met ${decimalNl(p.decimal)} als decimaalteken.`, fix: `Controleer enkele waarden in het voorbeeld; kloppen ze niet, kies dan de ${otherDecimalNl(p.decimal)} als decimaalteken in de importinstellingen.` }),
  },
  'table-parquet-compression': {
    en: (p) => ({ message: `Column ${p.column} is compressed with ${p.codec}, which Wijkzicht cannot decompress (it reads: ${p.supported}).`, fix: 'Write the Parquet file again with SNAPPY, GZIP or ZSTD compression (the default of most tools), or export the table as CSV.' }),
    nl: (p) => ({ message: `Kolom ${p.column} is gecomprimeerd met ${p.codec}, dat Wijkzicht niet kan uitpakken (het leest: ${p.supported}).`, fix: 'Schrijf het Parquet-bestand opnieuw met SNAPPY-, GZIP- of ZSTD-compressie (de standaard van de meeste programma\'s), of exporteer de tabel als CSV.' }),
  },
  'table-parquet-column-type': {
    en: (p) => ({ message: `Column ${p.column} holds ${p.type} values, which are not plain numbers or text; they were turned into text.`, fix: 'Nothing needed unless you want to import this column; then store it as a number or text column.' }),
    nl: (p) => ({ message: `Kolom ${p.column} bevat waarden van het type ${p.type}, geen gewone getallen of tekst; ze werden omgezet naar tekst.`, fix: 'Niets te doen tenzij je deze kolom wilt importeren; bewaar ze dan als getal- of tekstkolom.' }),
  },
  'table-formula-no-value': {
    en: (p) => ({ message: `Cell ${p.cell} holds a formula without a stored result; it was read as empty (formulas are never calculated).`, fix: 'Open the workbook in Excel or LibreOffice and save it again, so the results of formulas are stored in the file.' }),
    nl: (p) => ({ message: `Cel ${p.cell} bevat een formule zonder bewaard resultaat; ze werd als leeg gelezen (formules worden nooit berekend).`, fix: 'Open de werkmap in Excel of LibreOffice en bewaar ze opnieuw, zodat de resultaten van de formules in het bestand staan.' }),
  },
  'table-excel-error': {
    en: (p) => ({ message: `The cell holds the spreadsheet error ${p.value}; it was read as a missing value.`, fix: 'Correct the formula in the source file (or enter the value), then import again.' }),
    nl: (p) => ({ message: `De cel bevat de rekenbladfout ${p.value}; ze werd als ontbrekende waarde gelezen.`, fix: 'Verbeter de formule in het bronbestand (of vul de waarde in) en importeer opnieuw.' }),
  },
  'table-column-unknown': {
    en: (p) => ({ message: `The mapping names column "${p.column}", which the table does not have.`, fix: `Choose one of the columns: ${p.columns}.` }),
    nl: (p) => ({ message: `De koppeling noemt kolom "${p.column}", die niet in de tabel staat.`, fix: `Kies een van de kolommen: ${p.columns}.` }),
  },
  'table-no-indicator-columns': {
    en: () => ({ message: 'The wide layout names no indicator columns.', fix: 'Choose at least one column with figures as indicator, or use the long layout (indicator and value columns).' }),
    nl: () => ({ message: 'De brede indeling noemt geen indicatorkolommen.', fix: 'Kies minstens één kolom met cijfers als indicator, of gebruik de lange indeling (kolommen indicator en waarde).' }),
  },
  'table-period-value-invalid': {
    en: (p) => ({ message: `The period ${p.value} given for the whole file is not a year.`, fix: 'Give the period as a year, such as 2024.' }),
    nl: (p) => ({ message: `De periode ${p.value} voor het hele bestand is geen jaartal.`, fix: 'Geef de periode als jaartal, bijvoorbeeld 2024.' }),
  },
  'table-code-empty': {
    en: () => ({ message: 'The row has no area code; it was skipped (often a total or note row).', fix: 'Nothing needed for a total or note row; otherwise fill in the area code.' }),
    nl: () => ({ message: 'De rij heeft geen gebiedscode; ze werd overgeslagen (vaak een totaal- of opmerkingsrij).', fix: 'Niets te doen voor een totaal- of opmerkingsrij; vul anders de gebiedscode in.' }),
  },
  'table-period-invalid': {
    en: (p) => ({ message: `Period "${p.value}" is not a year; the row was skipped.`, fix: 'Write the period as a year such as 2024 (a date such as 2024-01-01 is read as its year), or choose another period column.' }),
    nl: (p) => ({ message: `Periode "${p.value}" is geen jaartal; de rij werd overgeslagen.`, fix: 'Schrijf de periode als jaartal, bijvoorbeeld 2024 (een datum zoals 2024-01-01 wordt als zijn jaar gelezen), of kies een andere periodekolom.' }),
  },
  'table-indicator-empty': {
    en: () => ({ message: 'The row has a value but no indicator name; it was skipped.', fix: 'Fill in the indicator name on this row, or check that the right indicator column was chosen.' }),
    nl: () => ({ message: 'De rij heeft een waarde maar geen indicatornaam; ze werd overgeslagen.', fix: 'Vul de indicatornaam in op deze rij, of kijk na of de juiste indicatorkolom gekozen werd.' }),
  },
  'table-value-not-number': {
    en: (p) => ({ message: `Value "${p.value}" is not a number (numbers were read with ${decimalEn(p.decimal)} as decimal mark); the value was left out.`, fix: `Correct the cell, leave it empty for a missing value, or write a suppression marker such as <5 or x. If all numbers use a ${otherDecimalEn(p.decimal)} as decimal mark, choose it in the import settings.` }),
    nl: (p) => ({ message: `Waarde "${p.value}" is geen getal (getallen werden gelezen met ${decimalNl(p.decimal)} als decimaalteken); de waarde werd weggelaten.`, fix: `Verbeter de cel, laat ze leeg voor een ontbrekende waarde, of schrijf een afschermingsteken zoals <5 of x. Gebruiken alle getallen een ${otherDecimalNl(p.decimal)} als decimaalteken, kies dat dan in de importinstellingen.` }),
  },
  'table-value-formula': {
    en: (p) => ({ message: `Value "${p.value}" is a formula written as text; Wijkzicht never calculates formulas, so the value was left out.`, fix: 'Replace the formula by its result in the source file (in Excel: copy, then Paste Special → Values) and import again.' }),
    nl: (p) => ({ message: `Waarde "${p.value}" is een formule als tekst; Wijkzicht rekent nooit formules uit, dus de waarde werd weggelaten.`, fix: 'Vervang de formule door haar resultaat in het bronbestand (in Excel: kopiëren, dan Plakken speciaal → Waarden) en importeer opnieuw.' }),
  },
  'table-dash-marker': {
    en: (p) => ({ message: `${counted(p.count, 'cell', 'cells')} hold "${p.marker}"; they were read as suppressed (hidden) values, not as zero.`, fix: `Nothing needed if "${p.marker}" means "hidden" or "unknown"; if it means zero in your source, replace it by 0 and import again.` }),
    nl: (p) => ({ message: `${p.count} cel(len) bevatten "${p.marker}"; ze werden gelezen als afgeschermde (verborgen) waarden, niet als nul.`, fix: `Niets te doen als "${p.marker}" "afgeschermd" of "onbekend" betekent; betekent het nul in je bron, vervang het dan door 0 en importeer opnieuw.` }),
  },
  'table-duplicate': {
    en: (p) => ({ message: `Area ${p.code}, period ${p.period}, indicator ${p.indicator} occurs twice (first on row ${p.first}); this row was skipped.`, fix: 'Keep one row per area, period and indicator: remove or add up the duplicate in the source file.' }),
    nl: (p) => ({ message: `Gebied ${p.code}, periode ${p.period}, indicator ${p.indicator} komt twee keer voor (eerst op rij ${p.first}); deze rij werd overgeslagen.`, fix: 'Houd één rij per gebied, periode en indicator: verwijder of tel het dubbel op in het bronbestand.' }),
  },
  'table-option-invalid': {
    en: (p) => ({ message: `The ${p.option === 'decimal' ? 'decimal mark' : 'separator'} "${p.value}" cannot be used; it was detected from the file instead.`, fix: `Choose one of: ${p.allowed}.` }),
    nl: (p) => ({ message: `${p.option === 'decimal' ? 'Decimaalteken' : 'Scheidingsteken'} "${p.value}" kan niet gebruikt worden; het werd in de plaats uit het bestand afgeleid.`, fix: `Kies een van: ${p.allowed}.` }),
  },
  'table-header-too-long': {
    en: (p) => ({ message: `The name of ${p.column} in the header is longer than ${grouped(p.max, 'en')} characters${startsEn(p)}; the table was not read.`, fix: `Give the column a short name (at most ${grouped(p.max, 'en')} characters) in the header row; long explanations belong in the indicator's description, not its name.` }),
    nl: (p) => ({ message: `De naam van ${p.column} in de kopregel is langer dan ${grouped(p.max, 'nl')} tekens${startsNl(p)}; de tabel werd niet gelezen.`, fix: `Geef de kolom een korte naam (hoogstens ${grouped(p.max, 'nl')} tekens) in de kopregel; een lange uitleg hoort in de beschrijving van de indicator, niet in haar naam.` }),
  },
  'table-too-many-columns': {
    en: (p) => ({ message: `The table has ${grouped(p.found, 'en')} columns; Wijkzicht reads at most ${grouped(p.max, 'en')}, so the table was not read.`, fix: 'Keep only the columns you need (the area code, the period and the indicators), or split the table into several files.' }),
    nl: (p) => ({ message: `De tabel heeft ${grouped(p.found, 'nl')} kolommen; Wijkzicht leest er hoogstens ${grouped(p.max, 'nl')}, dus de tabel werd niet gelezen.`, fix: 'Houd alleen de kolommen die je nodig hebt (de gebiedscode, de periode en de indicatoren), of verdeel de tabel over meerdere bestanden.' }),
  },
  'table-cell-too-long': {
    en: (p) => ({ message: `A cell in column ${p.column} holds more than ${grouped(p.max, 'en')} characters (Excel's own limit); the table was not read.`, fix: 'Check that the file was exported as a table (a missing separator or an unclosed quote can run a whole file into one cell), then shorten the cell.' }),
    nl: (p) => ({ message: `Een cel in kolom ${p.column} bevat meer dan ${grouped(p.max, 'nl')} tekens (de grens van Excel zelf); de tabel werd niet gelezen.`, fix: 'Kijk na of het bestand als tabel geëxporteerd werd (een ontbrekend scheidingsteken of een niet gesloten aanhalingsteken kan een heel bestand in één cel doen lopen), en maak de cel korter.' }),
  },
  'table-indicator-name-too-long': {
    en: (p) => ({ message: `The indicator name in column ${p.column} is longer than ${grouped(p.max, 'en')} characters${startsEn(p)}; the row was skipped.`, fix: `Give the indicator a short name (at most ${grouped(p.max, 'en')} characters) in the source file.` }),
    nl: (p) => ({ message: `De indicatornaam in kolom ${p.column} is langer dan ${grouped(p.max, 'nl')} tekens${startsNl(p)}; de rij werd overgeslagen.`, fix: `Geef de indicator een korte naam (hoogstens ${grouped(p.max, 'nl')} tekens) in het bronbestand.` }),
  },
  'table-duplicate-same': {
    en: (p) => ({ message: `This row repeats row ${p.first} exactly (area ${p.code}, period ${p.period}, the same values); it was kept once.`, fix: 'Nothing to do; remove the repeated row from the source file to silence this warning.' }),
    nl: (p) => ({ message: `Deze rij herhaalt rij ${p.first} precies (gebied ${p.code}, periode ${p.period}, dezelfde waarden); ze werd één keer gehouden.`, fix: 'Niets te doen; verwijder de herhaalde rij uit het bronbestand om deze waarschuwing kwijt te raken.' }),
  },
};
