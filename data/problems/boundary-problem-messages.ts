import { counted } from './counted';
import type { MessageCatalog } from './problem';
import type { BoundaryProblemCode } from './problem-codes';

type Params = Readonly<Record<string, string | number>>;

/** `feature "34022W08" (geoitem)`, or a neutral phrase when the feature has no text property. */
const label = (p: Params, language: 'en' | 'nl'): string =>
  p.label !== undefined && p.label !== ''
    ? `feature "${p.label}"${p.labelField !== undefined ? ` (${p.labelField})` : ''}`
    : language === 'en'
      ? 'this feature'
      : 'deze feature';

const CRS_FIX_EN = 'choose the coordinate system in the import wizard, or pass --crs EPSG:31370 (Lambert 72), EPSG:3812 (Lambert 2008), EPSG:3857 (Web Mercator) or EPSG:4326 (WGS84)';
const CRS_FIX_NL = 'kies het coördinatenstelsel in de importwizard, of geef --crs EPSG:31370 (Lambert 72), EPSG:3812 (Lambert 2008), EPSG:3857 (Web Mercator) of EPSG:4326 (WGS84) mee';

/** `Belgian Lambert 72 (EPSG:31370)`, or the code alone. */
const proposalText = (p: Params): string => (p.proposalName !== undefined ? `${p.proposalName} (${p.proposal})` : String(p.proposal));

const examples = (p: Params, language: 'en' | 'nl'): string =>
  p.examples !== undefined && p.examples !== '' ? (language === 'en' ? ` (e.g. ${p.examples})` : ` (bv. ${p.examples})`) : '';

/** A count as people write it: 32,767 in English, 32.767 in Dutch. */
const num = (n: unknown, locale: string): string => (typeof n === 'number' ? n.toLocaleString(locale) : String(n));

export const BOUNDARY_MESSAGES: MessageCatalog<BoundaryProblemCode> = {
  'boundary-file-unsupported': {
    en: (p) => ({ message: `Files of type .${p.extension} cannot be read as boundaries.`, fix: 'Choose an ESRI shapefile (the .shp with its .shx, .dbf, .prj and .cpg, or a .zip of them) or a GeoJSON file (.geojson or .json); export other formats to one of these (in QGIS: Export → Save Features As).' }),
    nl: (p) => ({ message: `Bestanden van het type .${p.extension} kunnen niet als grenzen gelezen worden.`, fix: 'Kies een ESRI-shapefile (de .shp met .shx, .dbf, .prj en .cpg, of een .zip daarvan) of een GeoJSON-bestand (.geojson of .json); exporteer andere formaten naar een van deze (in QGIS: Exporteren → Objecten opslaan als).' }),
  },
  'boundary-no-features': {
    en: () => ({ message: 'The file holds no features, so there are no areas to import.', fix: 'Choose the file with the area boundaries, or export the layer again with its features.' }),
    nl: () => ({ message: 'Het bestand bevat geen features, dus er zijn geen gebieden om in te lezen.', fix: 'Kies het bestand met de gebiedsgrenzen, of exporteer de laag opnieuw met haar features.' }),
  },
  'shapefile-shp-missing': {
    en: (p) => ({ message: `${p.present} was chosen without ${p.base}.shp, which holds the shapes.`, fix: `Choose ${p.base}.shp together with its .shx, .dbf, .prj and .cpg (or a .zip of them).` }),
    nl: (p) => ({ message: `${p.present} werd gekozen zonder ${p.base}.shp, dat de vormen bevat.`, fix: `Kies ${p.base}.shp samen met de .shx, .dbf, .prj en .cpg (of een .zip daarvan).` }),
  },
  'shapefile-dbf-missing': {
    en: (p) => ({ message: `${p.missing} is missing: without it the shapes have no codes or names.`, fix: `Choose ${p.missing} together with ${p.shp} (all files with the same name: .shp, .shx, .dbf, .prj, .cpg), or a .zip holding them all.` }),
    nl: (p) => ({ message: `${p.missing} ontbreekt: zonder dat bestand hebben de vormen geen codes of namen.`, fix: `Kies ${p.missing} samen met ${p.shp} (alle bestanden met dezelfde naam: .shp, .shx, .dbf, .prj, .cpg), of een .zip met alles.` }),
  },
  'shapefile-shx-missing': {
    en: (p) => ({ message: `${p.missing} (the shape index) is missing; the shapes were read in order without it.`, fix: `Choose ${p.missing} together with ${p.shp} to be sure every shape is read.` }),
    nl: (p) => ({ message: `${p.missing} (de vormindex) ontbreekt; de vormen werden zonder index in volgorde gelezen.`, fix: `Kies ${p.missing} samen met ${p.shp} om zeker te zijn dat elke vorm gelezen wordt.` }),
  },
  'shapefile-corrupt': {
    en: (p) => ({ message: `The shapefile cannot be read: ${p.detail}.`, fix: 'The file is damaged or not a shapefile: export the layer again (in QGIS: Export → Save Features As → ESRI Shapefile, or GeoJSON).' }),
    nl: (p) => ({ message: `De shapefile kan niet gelezen worden: ${p.detailNl ?? p.detail}.`, fix: 'Het bestand is beschadigd of geen shapefile: exporteer de laag opnieuw (in QGIS: Exporteren → Objecten opslaan als → ESRI Shapefile, of GeoJSON).' }),
  },
  'shapefile-record-corrupt': {
    en: (p) => ({ message: `The shape of ${label(p, 'en')} is damaged (${p.detail}) and is left out.`, fix: 'Export the layer again, or repair the shape in a GIS (in QGIS: Vector → Geometry Tools → Fix Geometries).' }),
    nl: (p) => ({ message: `De vorm van ${label(p, 'nl')} is beschadigd (${p.detailNl ?? p.detail}) en wordt weggelaten.`, fix: 'Exporteer de laag opnieuw, of herstel de vorm in een GIS (in QGIS: Vector → Geometrie → Geometrieën repareren).' }),
  },
  'shapefile-count-mismatch': {
    en: (p) => ({ message: `The .shp holds ${p.shapes} shapes but the .dbf holds ${p.records} records; they do not belong together.`, fix: 'Choose the .shp and .dbf from the same export (same name, same folder), or export the layer again.' }),
    nl: (p) => ({ message: `De .shp bevat ${counted(p.shapes, 'vorm', 'vormen')} maar de .dbf ${counted(p.records, 'rij', 'rijen')}; ze horen niet bij elkaar.`, fix: 'Kies .shp en .dbf uit dezelfde export (zelfde naam, zelfde map), of exporteer de laag opnieuw.' }),
  },
  'dbf-corrupt': {
    en: (p) => ({ message: `The attribute table (.dbf) cannot be read: ${p.detail}.`, fix: 'Export the layer again; the .dbf is damaged or belongs to another program.' }),
    nl: (p) => ({ message: `De attributentabel (.dbf) kan niet gelezen worden: ${p.detailNl ?? p.detail}.`, fix: 'Exporteer de laag opnieuw; de .dbf is beschadigd of hoort bij een ander programma.' }),
  },
  'dbf-too-many-fields': {
    en: (p) => ({ message: `The attribute table (.dbf) has more than ${num(p.max, 'en-GB')} fields; Wijkzicht reads at most ${num(p.max, 'en-GB')}, so the layer was not read.`, fix: 'Keep only the fields you need (the area code and name) when you export the layer, e.g. in QGIS: Export → Save Features As → Select fields to export.' }),
    nl: (p) => ({ message: `De attributentabel (.dbf) heeft meer dan ${num(p.max, 'nl-BE')} velden; Wijkzicht leest er hoogstens ${num(p.max, 'nl-BE')}, dus de laag werd niet gelezen.`, fix: 'Houd bij het exporteren van de laag alleen de velden die je nodig hebt (de gebiedscode en de naam), bv. in QGIS: Exporteren → Objecten opslaan als → Te exporteren velden selecteren.' }),
  },
  'dbf-field-too-long': {
    en: (p) => ({ message: `Field ${p.field} of the attribute table (.dbf) is ${num(p.length, 'en-GB')} characters wide, more than the ${num(p.max, 'en-GB')} Wijkzicht reads; the layer was not read.`, fix: 'Export the layer again without that field, or with the field shortened (a name or code needs far fewer characters).' }),
    nl: (p) => ({ message: `Veld ${p.field} van de attributentabel (.dbf) is ${num(p.length, 'nl-BE')} tekens breed, meer dan de ${num(p.max, 'nl-BE')} die Wijkzicht leest; de laag werd niet gelezen.`, fix: 'Exporteer de laag opnieuw zonder dat veld, of met het veld korter (een naam of code heeft veel minder tekens nodig).' }),
  },
  'dbf-field-unsupported': {
    en: (p) => ({ message: `Field ${p.field} has dBASE type ${p.type}, which is not read; it is left out.`, fix: 'If the field is needed, convert it to text or a number in a GIS before exporting.' }),
    nl: (p) => ({ message: `Veld ${p.field} heeft dBASE-type ${p.type}, dat niet gelezen wordt; het wordt weggelaten.`, fix: 'Als het veld nodig is, zet het in een GIS om naar tekst of een getal vóór de export.' }),
  },
  'dbf-value-invalid': {
    en: (p) => ({ message: `Value "${p.value}" is not a valid ${p.type}; it is read as empty.`, fix: `Correct the value in the attribute table (a ${p.type === 'date' ? 'date as YYYYMMDD' : p.type === 'boolean' ? 'T or F' : 'number with a decimal point'}).` }),
    nl: (p) => ({ message: `Waarde "${p.value}" is geen geldige ${p.typeNl ?? p.type}; ze wordt als leeg gelezen.`, fix: `Verbeter de waarde in de attributentabel (${p.type === 'date' ? 'een datum als JJJJMMDD' : p.type === 'boolean' ? 'T of F' : 'een getal met een decimaal punt'}).` }),
  },
  'dbf-encoding-fallback': {
    en: (p) => ({ message: `The texts in the .dbf are not valid UTF-8${p.declared !== undefined ? ` (the ${p.declared} says so)` : ''}; they were read as Windows-1252.`, fix: 'Check names with accents (é, ë); if they look wrong, export again with a .cpg file saying the encoding (in QGIS: set the layer encoding to UTF-8 when saving).' }),
    nl: (p) => ({ message: `De teksten in de .dbf zijn geen geldige UTF-8${p.declared !== undefined ? ` (hoewel ${p.declared} dat zegt)` : ''}; ze werden als Windows-1252 gelezen.`, fix: 'Kijk namen met accenten (é, ë) na; als ze fout zijn, exporteer opnieuw met een .cpg-bestand dat de codering zegt (in QGIS: zet de laagcodering op UTF-8 bij het opslaan).' }),
  },
  'dbf-encoding-unknown': {
    en: (p) => ({ message: `The .cpg names encoding "${p.encoding}", which is not known; the texts were read as UTF-8, or Windows-1252 where that failed.`, fix: 'Check names with accents; write UTF-8 or 1252 in the .cpg file, or export again as UTF-8.' }),
    nl: (p) => ({ message: `De .cpg noemt codering "${p.encoding}", die niet gekend is; de teksten werden als UTF-8 gelezen, of als Windows-1252 waar dat faalde.`, fix: 'Kijk namen met accenten na; schrijf UTF-8 of 1252 in het .cpg-bestand, of exporteer opnieuw als UTF-8.' }),
  },
  'dbf-records-deleted': {
    en: (p) => ({ message: `${counted(p.count, 'record is', 'records are')} marked as deleted in the .dbf and ${p.count === 1 ? 'is' : 'are'} left out.`, fix: 'Nothing to do if they were deleted on purpose; otherwise restore them in a GIS and export again.' }),
    nl: (p) => ({ message: `${counted(p.count, 'rij is', 'rijen zijn')} in de .dbf als verwijderd gemarkeerd en ${p.count === 1 ? 'wordt' : 'worden'} weggelaten.`, fix: 'Niets te doen als ze bewust verwijderd werden; anders herstel ze in een GIS en exporteer opnieuw.' }),
  },
  'zip-unreadable': {
    en: (p) => ({ message: `The .zip archive cannot be opened (${p.detail}).`, fix: 'Make the .zip again from the shapefile files (.shp, .shx, .dbf, .prj, .cpg), or choose those files directly.' }),
    nl: (p) => ({ message: `Het .zip-archief kan niet geopend worden (${p.detail}).`, fix: 'Maak de .zip opnieuw van de shapefilebestanden (.shp, .shx, .dbf, .prj, .cpg), of kies die bestanden rechtstreeks.' }),
  },
  'zip-too-large': {
    en: (p) => ({ message: `The .zip archive unpacks to more than Wijkzicht reads (at ${p.entry}: over 512 MiB for one file, 1 GiB in all, or more than 10,000 files).`, fix: 'Put only the files you need in the .zip (the shapefile parts or the table), or choose them directly.' }),
    nl: (p) => ({ message: `Het .zip-archief pakt uit tot meer dan Wijkzicht leest (bij ${p.entry}: meer dan 512 MiB voor één bestand, 1 GiB in totaal, of meer dan 10.000 bestanden).`, fix: 'Zet alleen de bestanden die je nodig hebt in de .zip (de delen van de shapefile of de tabel), of kies ze rechtstreeks.' }),
  },
  'zip-no-layer': {
    en: (p) => ({ message: `The .zip holds no shapefile (.shp) or GeoJSON file${p.entries !== undefined && p.entries !== '' ? `; it holds: ${p.entries}` : ''}.`, fix: 'Choose the .zip with the area boundaries, or the boundary files themselves.' }),
    nl: (p) => ({ message: `De .zip bevat geen shapefile (.shp) of GeoJSON-bestand${p.entries !== undefined && p.entries !== '' ? `; wel: ${p.entries}` : ''}.`, fix: 'Kies de .zip met de gebiedsgrenzen, of de grensbestanden zelf.' }),
  },
  'geojson-invalid-json': {
    en: (p) => ({ message: `The file is not valid JSON (${p.detail}).`, fix: 'Export the layer again as GeoJSON; a JSON validator shows where the file is broken.' }),
    nl: (p) => ({ message: `Het bestand is geen geldige JSON (${p.detail}).`, fix: 'Exporteer de laag opnieuw als GeoJSON; een JSON-validator toont waar het bestand stuk is.' }),
  },
  'geojson-not-geojson': {
    en: (p) => ({ message: `The file is JSON but not GeoJSON (type is ${p.type}).`, fix: 'Choose a GeoJSON FeatureCollection of polygons (in QGIS: Export → Save Features As → GeoJSON).' }),
    nl: (p) => ({ message: `Het bestand is JSON maar geen GeoJSON (type is ${p.type}).`, fix: 'Kies een GeoJSON FeatureCollection van polygonen (in QGIS: Exporteren → Objecten opslaan als → GeoJSON).' }),
  },
  'geojson-not-utf8': {
    en: () => ({ message: 'The file is not valid UTF-8, as GeoJSON must be; it was read as Windows-1252.', fix: 'Check names with accents (é, ë); if they look wrong, export the layer again as GeoJSON, which GIS programs write in UTF-8.' }),
    nl: () => ({ message: 'Het bestand is geen geldige UTF-8, wat GeoJSON moet zijn; het werd als Windows-1252 gelezen.', fix: 'Kijk namen met accenten (é, ë) na; als ze fout zijn, exporteer de laag opnieuw als GeoJSON, dat GIS-programma\'s in UTF-8 schrijven.' }),
  },
  'crs-unknown-prj': {
    en: (p) => ({ message: `The .prj describes coordinate system "${p.name}", which Wijkzicht cannot convert.`, fix: `Reproject the layer to Belgian Lambert 72 (EPSG:31370) or WGS84 in a GIS, or, if the .prj is wrong, ${CRS_FIX_EN}.` }),
    nl: (p) => ({ message: `De .prj beschrijft coördinatenstelsel "${p.name}", dat Wijkzicht niet kan omzetten.`, fix: `Herprojecteer de laag in een GIS naar Belgische Lambert 72 (EPSG:31370) of WGS84, of, als de .prj fout is, ${CRS_FIX_NL}.` }),
  },
  'crs-unknown-geojson': {
    en: (p) => ({ message: `The GeoJSON "crs" member names coordinate system "${p.name}", which Wijkzicht cannot convert.`, fix: `Export the layer as GeoJSON in WGS84 (RFC 7946), or, if the member is wrong, ${CRS_FIX_EN}.` }),
    nl: (p) => ({ message: `Het GeoJSON-lid "crs" noemt coördinatenstelsel "${p.name}", dat Wijkzicht niet kan omzetten.`, fix: `Exporteer de laag als GeoJSON in WGS84 (RFC 7946), of, als het lid fout is, ${CRS_FIX_NL}.` }),
  },
  'crs-missing': {
    en: (p) => ({
      message: `The coordinates are projected (e.g. ${p.sample}), not longitude/latitude, and the file does not say which coordinate system they are in${p.format === 'shapefile' ? ' (no .prj file)' : ''}.${p.proposal !== undefined ? ` They fall where ${proposalText(p)} puts Belgium, so that is most likely.` : ''}`,
      fix: p.proposal !== undefined
        ? `If the layer is in ${proposalText(p)}, choose it in the import wizard or pass --crs ${p.proposal}${p.format === 'shapefile' ? ' (or add the .prj file from the original export)' : ''}.`
        : `Add the .prj from the original export, or ${CRS_FIX_EN}.`,
    }),
    nl: (p) => ({
      message: `De coördinaten zijn geprojecteerd (bv. ${p.sample}), geen lengte/breedte, en het bestand zegt niet in welk coördinatenstelsel ze staan${p.format === 'shapefile' ? ' (geen .prj-bestand)' : ''}.${p.proposal !== undefined ? ` Ze liggen waar ${proposalText(p)} België plaatst, dus dat is het wellicht.` : ''}`,
      fix: p.proposal !== undefined
        ? `Als de laag in ${proposalText(p)} is, kies dat in de importwizard of geef --crs ${p.proposal} mee${p.format === 'shapefile' ? ' (of voeg het .prj-bestand van de oorspronkelijke export toe)' : ''}.`
        : `Voeg de .prj van de oorspronkelijke export toe, of ${CRS_FIX_NL}.`,
    }),
  },
  'crs-assumed-wgs84': {
    en: () => ({ message: 'There is no .prj file; the coordinates look like longitude/latitude and are read as WGS84 (EPSG:4326).', fix: 'Check that the areas land in the right place; if not, add the .prj from the original export or choose the coordinate system in the import wizard (--crs).' }),
    nl: () => ({ message: 'Er is geen .prj-bestand; de coördinaten lijken lengte/breedte en worden als WGS84 (EPSG:4326) gelezen.', fix: 'Kijk na of de gebieden op de juiste plaats liggen; zo niet, voeg de .prj van de oorspronkelijke export toe of kies het coördinatenstelsel in de importwizard (--crs).' }),
  },
  'crs-override-differs': {
    en: (p) => ({ message: `The file says ${p.declared}, but ${p.chosen} was chosen; the coordinates are read as ${p.chosen}.`, fix: `Check that the areas land in the right place; to follow the file instead, choose ${p.declared} or do not choose a system.` }),
    nl: (p) => ({ message: `Het bestand zegt ${p.declared}, maar ${p.chosen} werd gekozen; de coördinaten worden als ${p.chosen} gelezen.`, fix: `Kijk na of de gebieden op de juiste plaats liggen; om het bestand te volgen, kies ${p.declared} of kies geen stelsel.` }),
  },
  'crs-contradicts-coordinates': {
    en: (p) => ({
      message: `The layer is said to be in ${p.declaredName ?? p.declared}, but its coordinates (e.g. ${p.sample}) do not fit that system${p.proposal !== undefined ? `; they fit ${proposalText(p)}` : ''}.`,
      fix: p.proposal !== undefined ? `Choose ${p.proposal} in the import wizard (--crs ${p.proposal}), or correct the file's coordinate system.` : `Correct the file's coordinate system, or ${CRS_FIX_EN}.`,
    }),
    nl: (p) => ({
      message: `De laag zou in ${p.declaredName ?? p.declared} zijn, maar haar coördinaten (bv. ${p.sample}) passen niet bij dat stelsel${p.proposal !== undefined ? `; ze passen bij ${proposalText(p)}` : ''}.`,
      fix: p.proposal !== undefined ? `Kies ${p.proposal} in de importwizard (--crs ${p.proposal}), of verbeter het coördinatenstelsel van het bestand.` : `Verbeter het coördinatenstelsel van het bestand, of ${CRS_FIX_NL}.`,
    }),
  },
  'reprojection-failed': {
    en: (p) => ({ message: `The coordinates of ${label(p, 'en')} (e.g. ${p.sample}) cannot be converted from ${p.crs} to longitude/latitude; the feature is left out.`, fix: `Check the coordinate system: these coordinates lie far outside the area of ${p.crs}.` }),
    nl: (p) => ({ message: `De coördinaten van ${label(p, 'nl')} (bv. ${p.sample}) kunnen niet van ${p.crs} naar lengte/breedte omgezet worden; de feature wordt weggelaten.`, fix: `Kijk het coördinatenstelsel na: deze coördinaten liggen ver buiten het gebied van ${p.crs}.` }),
  },
  'filter-field-missing': {
    en: (p) => ({ message: `The layer has no field ${p.field} to select areas by.`, fix: `Choose one of its fields: ${p.fields}.` }),
    nl: (p) => ({ message: `De laag heeft geen veld ${p.field} om gebieden op te selecteren.`, fix: `Kies een van haar velden: ${p.fields}.` }),
  },
  'filter-no-match': {
    en: (p) => ({ message: `No feature has a ${p.field} starting with "${p.prefix}"${examples(p, 'en')}.`, fix: `Check the prefix (e.g. the 5-digit NIS code of the municipality) and the field; values of ${p.field} look like the examples.` }),
    nl: (p) => ({ message: `Geen enkele feature heeft een ${p.field} die begint met "${p.prefix}"${examples(p, 'nl')}.`, fix: `Kijk het voorvoegsel (bv. de 5-cijferige NIS-code van de gemeente) en het veld na; waarden van ${p.field} zien eruit zoals de voorbeelden.` }),
  },
  'boundary-geometry-null': {
    en: (p) => ({ message: `${cap(label(p, 'en'))} has no geometry and is left out.`, fix: 'Draw its boundary in a GIS and export again, or leave the area out on purpose.' }),
    nl: (p) => ({ message: `${cap(label(p, 'nl'))} heeft geen geometrie en wordt weggelaten.`, fix: 'Teken de grens in een GIS en exporteer opnieuw, of laat het gebied bewust weg.' }),
  },
  'boundary-geometry-empty': {
    en: (p) => ({ message: `${cap(label(p, 'en'))} has a geometry without coordinates${p.type !== undefined ? ` (an empty ${p.type})` : ''} and is left out.`, fix: 'Draw its boundary in a GIS and export again, or leave the area out on purpose.' }),
    nl: (p) => ({ message: `${cap(label(p, 'nl'))} heeft een geometrie zonder coördinaten${p.type !== undefined ? ` (een lege ${p.type})` : ''} en wordt weggelaten.`, fix: 'Teken de grens in een GIS en exporteer opnieuw, of laat het gebied bewust weg.' }),
  },
  'boundary-geometry-not-polygon': {
    en: (p) => ({ message: `${cap(label(p, 'en'))} is a ${p.type}, not an area; an areas layer needs Polygon or MultiPolygon. It is left out.`, fix: 'Choose the layer with the area boundaries (polygons), not points or lines such as centroids or streets.' }),
    nl: (p) => ({ message: `${cap(label(p, 'nl'))} is een ${p.type}, geen gebied; een gebiedenlaag vraagt Polygon of MultiPolygon. Ze wordt weggelaten.`, fix: 'Kies de laag met de gebiedsgrenzen (polygonen), geen punten of lijnen zoals zwaartepunten of straten.' }),
  },
  'boundary-geometry-invalid': {
    en: (p) => ({ message: `The coordinates of ${label(p, 'en')} are malformed (${p.detail}); the feature is left out.`, fix: 'Export the layer again from a GIS; coordinates must be [x, y] pairs of numbers in rings.' }),
    nl: (p) => ({ message: `De coördinaten van ${label(p, 'nl')} zijn misvormd (${p.detailNl ?? p.detail}); de feature wordt weggelaten.`, fix: 'Exporteer de laag opnieuw vanuit een GIS; coördinaten moeten [x, y]-paren van getallen in ringen zijn.' }),
  },
  'boundary-ring-too-few-points': {
    en: (p) => ({ message: `Ring ${p.ring} of ${label(p, 'en')} has only ${counted(p.positions, 'position', 'positions')} once closed; a ring needs at least 4 (three corners and the closing point). The feature is left out.`, fix: 'Redraw or remove that ring in a GIS (in QGIS: Vector → Geometry Tools → Fix Geometries), then export again.' }),
    nl: (p) => ({ message: `Ring ${p.ring} van ${label(p, 'nl')} heeft na sluiten maar ${counted(p.positions, 'positie', 'posities')}; een ring vraagt er minstens 4 (drie hoeken en het sluitpunt). De feature wordt weggelaten.`, fix: 'Teken die ring opnieuw of verwijder hem in een GIS (in QGIS: Vector → Geometrie → Geometrieën repareren), en exporteer opnieuw.' }),
  },
  'boundary-self-intersection': {
    en: (p) => ({ message: `The boundary of ${label(p, 'en')} crosses itself near longitude ${p.lon}, latitude ${p.lat}; it is left out, since its area and its neighbours would be wrong.`, fix: 'Repair the boundary at that spot in a GIS (in QGIS: Vector → Geometry Tools → Fix Geometries, or edit the vertices), then export again.' }),
    nl: (p) => ({ message: `De grens van ${label(p, 'nl')} snijdt zichzelf bij lengte ${p.lon}, breedte ${p.lat}; ze wordt weggelaten, want haar oppervlakte en buren zouden fout zijn.`, fix: 'Herstel de grens op die plek in een GIS (in QGIS: Vector → Geometrie → Geometrieën repareren, of pas de hoekpunten aan), en exporteer opnieuw.' }),
  },
  'boundary-rings-closed': {
    en: (p) => ({ message: `${counted(p.rings, 'ring', 'rings')} in ${counted(p.features, 'feature', 'features')} did not end where they started and were closed${examples(p, 'en')}.`, fix: 'Nothing to do; to avoid the warning, export the layer from a GIS that writes closed rings.' }),
    nl: (p) => ({ message: `${counted(p.rings, 'ring', 'ringen')} in ${counted(p.features, 'feature', 'features')} eindigden niet waar ze begonnen en werden gesloten${examples(p, 'nl')}.`, fix: 'Niets te doen; om de waarschuwing te vermijden, exporteer de laag uit een GIS dat gesloten ringen schrijft.' }),
  },
  'boundary-duplicate-vertices-removed': {
    en: (p) => ({ message: `${counted(p.vertices, 'repeated point', 'repeated points')} in ${counted(p.features, 'feature', 'features')} were removed${examples(p, 'en')}.`, fix: 'Nothing to do: the shapes are unchanged.' }),
    nl: (p) => ({ message: `${counted(p.vertices, 'herhaald punt', 'herhaalde punten')} in ${counted(p.features, 'feature', 'features')} werden verwijderd${examples(p, 'nl')}.`, fix: 'Niets te doen: de vormen blijven gelijk.' }),
  },
  'boundary-rings-rewound': {
    en: (p) => ({ message: `${counted(p.rings, 'ring', 'rings')} in ${counted(p.features, 'feature', 'features')} ran the wrong way round (outer rings must run counter-clockwise, holes clockwise) and were reversed${examples(p, 'en')}.`, fix: 'Nothing to do: the shapes are unchanged; export as GeoJSON RFC 7946 to avoid the warning.' }),
    nl: (p) => ({ message: `${counted(p.rings, 'ring', 'ringen')} in ${counted(p.features, 'feature', 'features')} liepen in de verkeerde richting (buitenringen tegen de klok in, gaten met de klok mee) en werden omgekeerd${examples(p, 'nl')}.`, fix: 'Niets te doen: de vormen blijven gelijk; exporteer als GeoJSON RFC 7946 om de waarschuwing te vermijden.' }),
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
