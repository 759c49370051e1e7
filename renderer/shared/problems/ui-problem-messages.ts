import type { MessageCatalog } from '../../../data/problems';
import type { UiProblemCode } from './ui-problem-codes';

/**
 * What the app says when something the user asked for fails, in Dutch and English: a message naming what
 * failed and a fix saying what to do. Raw error texts never appear here; the cause codes (`cause-…`) say why
 * in words, where the error is recognised.
 */
export const UI_MESSAGES: MessageCatalog<UiProblemCode> = {
  'package-open-failed': {
    nl: (p) => ({ message: `Het pakket ${p.name ?? ''} kon niet geopend worden.`, fix: 'Wat al open was, blijft open. Probeer het opnieuw, of open het pakket in de opdrachtregel (npm run cli -- summary) om te zien wat eraan scheelt.' }),
    en: (p) => ({ message: `The package ${p.name ?? ''} could not be opened.`, fix: 'What was open stays open. Try again, or check the package with the command line (npm run cli -- summary).' }),
  },
  'database-start-failed': {
    nl: () => ({ message: 'De rekenmodule (DuckDB) kon niet starten.', fix: 'Herlaad het venster; helpt dat niet, start de app opnieuw. Er is niets verloren: uw scenario’s staan in de automatische opslag.' }),
    en: () => ({ message: 'The calculation engine (DuckDB) could not start.', fix: 'Reload the window; if that does not help, restart the app. Nothing is lost: your scenarios are in the autosave.' }),
  },
  'map-compute-failed': {
    nl: () => ({ message: 'De kaart kon niet berekend worden voor deze keuze.', fix: 'Kies een andere indicator, maat of periode; de vorige kaart blijft staan.' }),
    en: () => ({ message: 'The map could not be computed for this choice.', fix: 'Choose another indicator, measure or period; the previous map stays.' }),
  },
  'analysis-failed': {
    nl: () => ({ message: 'De analyse (nood, bereik, hiaten) kon niet berekend worden.', fix: 'Controleer de analyserollen van het pakket (welke indicator de nood, de gekende cliënten en de dossiers telt) en probeer opnieuw.' }),
    en: () => ({ message: 'The analysis (need, reach, gaps) could not be computed.', fix: 'Check the package’s analysis roles (which indicator counts need, known clients and dossiers) and try again.' }),
  },
  'area-details-failed': {
    nl: () => ({ message: 'De cijfers van dit gebied konden niet gelezen worden.', fix: 'Kies het gebied opnieuw, of een ander gebied.' }),
    en: () => ({ message: 'The figures of this area could not be read.', fix: 'Choose the area again, or another one.' }),
  },
  'chart-failed': {
    nl: () => ({ message: 'Deze grafiek kon niet getekend worden.', fix: 'De andere grafieken en de kaart werken verder. Kies een andere periode of niveau, of open het tabblad opnieuw.' }),
    en: () => ({ message: 'This chart could not be drawn.', fix: 'The other charts and the map keep working. Choose another period or level, or open the tab again.' }),
  },
  'panel-failed': {
    nl: (p) => ({ message: `Het paneel ${p.panel ?? ''} liep vast.`, fix: 'De kaart, de andere panelen en uw niet-bewaarde werk blijven. Klik op “Opnieuw proberen”.' }),
    en: (p) => ({ message: `The ${p.panel ?? ''} panel stopped.`, fix: 'The map, the other panels and your unsaved work stay. Click “Try again”.' }),
  },
  'export-failed': {
    nl: (p) => ({ message: `De export${p.what ? ` (${p.what})` : ''} kon niet gemaakt worden.`, fix: 'Toon eerst de kaart of grafiek op het scherm en probeer opnieuw.' }),
    en: (p) => ({ message: `The export${p.what ? ` (${p.what})` : ''} could not be made.`, fix: 'Show the map or chart on screen first, then try again.' }),
  },
  'save-failed': {
    nl: (p) => ({ message: `${p.file ? `${p.file} kon` : 'Het bestand kon'} niet bewaard worden.`, fix: 'Kies een andere map (met schrijfrechten en vrije ruimte) en bewaar opnieuw; er is niets overschreven.' }),
    en: (p) => ({ message: `${p.file ? `${p.file} could` : 'The file could'} not be saved.`, fix: 'Choose another folder (one you can write to, with free space) and save again; nothing was overwritten.' }),
  },
  'compare-maps-failed': {
    nl: () => ({ message: 'De twee vergelijkingskaarten konden niet bijgewerkt worden.', fix: 'De tabel, de grafiek en de hoofdkaart kloppen wel. Sluit de kaarten en open ze opnieuw.' }),
    en: () => ({ message: 'The two comparison maps could not be updated.', fix: 'The table, the chart and the main map are right. Close the maps and open them again.' }),
  },
  'project-open-failed': {
    nl: (p) => ({ message: `Het project ${p.file ?? ''} kon niet geopend worden.`, fix: 'Wat al open was, blijft open. Kies een .wijkzicht-bestand dat met Wijkzicht bewaard werd.' }),
    en: (p) => ({ message: `The project ${p.file ?? ''} could not be opened.`, fix: 'What was open stays open. Choose a .wijkzicht file saved by Wijkzicht.' }),
  },
  'autosave-failed': {
    nl: () => ({ message: 'De automatische opslag lukte niet.', fix: 'Uw werk staat nog op het scherm: bewaar het project nu zelf (Project opslaan).' }),
    en: () => ({ message: 'The autosave did not succeed.', fix: 'Your work is still on screen: save the project yourself now (Save project).' }),
  },
  'autosave-restore-failed': {
    nl: () => ({ message: 'Het automatisch bewaarde werk kon niet hersteld worden.', fix: 'Het blijft bewaard; open een eerder bewaard project, of gooi het automatisch bewaarde werk weg.' }),
    en: () => ({ message: 'The autosaved work could not be restored.', fix: 'It stays stored; open a project saved earlier, or discard the autosaved work.' }),
  },
  'basemap-failed': {
    nl: () => ({ message: 'De achtergrondkaart kon niet geladen worden.', fix: 'Kies een ander PMTiles-bestand of zet de achtergrondkaart uit; de gebieden blijven zichtbaar.' }),
    en: () => ({ message: 'The basemap could not be loaded.', fix: 'Choose another PMTiles file or turn the basemap off; the areas stay visible.' }),
  },
  'presentation-failed': {
    nl: () => ({ message: 'De presentatie kon niet gestart of bijgewerkt worden.', fix: 'Druk op Esc en start de presentatie opnieuw.' }),
    en: () => ({ message: 'The presentation could not be started or updated.', fix: 'Press Esc and start the presentation again.' }),
  },
  'presentation-fullscreen-refused': {
    nl: () => ({ message: 'Het scherm kon niet op volledig scherm; de presentatie loopt in het venster.', fix: 'Maak het venster zelf zo groot mogelijk (F11), of sta volledig scherm toe voor deze pagina.' }),
    en: () => ({ message: 'The screen could not go full screen; the presentation runs in the window.', fix: 'Make the window as large as it goes (F11), or allow full screen for this page.' }),
  },
  'story-view-other-package': {
    nl: (p) => ({ message: `De weergave ${p.title ?? ''} hoort bij een ander pakket en kan niet getoond worden.`, fix: 'Open het pakket waarop ze bewaard is; daar staat ze in het verhaal.' }),
    en: (p) => ({ message: `The view ${p.title ?? ''} belongs to another package and cannot be shown.`, fix: 'Open the package it was saved on; it is in the story there.' }),
  },
  'import-failed': {
    nl: (p) => ({ message: `Het importeren${p.file ? ` van ${p.file}` : ''} liep mis.`, fix: 'Wat al open was, blijft open. Kies de bestanden opnieuw; helpt dat niet, importeer met de opdrachtregel (npm run cli -- import) voor een volledig verslag.' }),
    en: (p) => ({ message: `The import${p.file ? ` of ${p.file}` : ''} went wrong.`, fix: 'What was open stays open. Choose the files again; if that does not help, import with the command line (npm run cli -- import) for a full report.' }),
  },
  'organise-apply-failed': {
    nl: () => ({ message: 'De inrichting kon niet in het pakket gezet worden.', fix: 'Het pakket blijft zoals het was en uw wijzigingen staan nog in Inrichten. Probeer opnieuw; helpt dat niet, sla het pakket op en kijk het na met npm run cli -- summary.' }),
    en: () => ({ message: 'The set-up could not be put into the package.', fix: 'The package stays as it was and your changes are still in Set-up. Try again; if that does not help, save the package and check it with npm run cli -- summary.' }),
  },
  'organise-save-failed': {
    nl: () => ({ message: 'Het pakket met zijn inrichting kon niet opgeslagen worden.', fix: 'Uw wijzigingen staan nog in het open pakket. Kies een andere plaats of probeer opnieuw.' }),
    en: () => ({ message: 'The package with its set-up could not be saved.', fix: 'Your changes are still in the open package. Choose another place or try again.' }),
  },
  'organise-import-rejected': {
    nl: (p) => ({ message: `${p.file ?? 'Het bestand'} werd niet overgenomen: er staan fouten in.`, fix: 'Er is niets veranderd. Verbeter de rijen die hieronder staan en kies het bestand opnieuw.' }),
    en: (p) => ({ message: `${p.file ?? 'The file'} was not taken in: it has errors.`, fix: 'Nothing was changed. Correct the rows listed below and choose the file again.' }),
  },
  'organise-import-warnings': {
    nl: (p) => ({ message: `${p.file ?? 'Het bestand'} is overgenomen, met opmerkingen.`, fix: 'Kijk de rijen hieronder na; Ctrl+Z maakt het overnemen ongedaan.' }),
    en: (p) => ({ message: `${p.file ?? 'The file'} was taken in, with remarks.`, fix: 'Check the rows below; Ctrl+Z undoes taking it in.' }),
  },
  'organise-import-failed': {
    nl: (p) => ({ message: `${p.file ?? 'Het bestand'} kon niet gelezen worden.`, fix: 'Er is niets veranderd. Bewaar het als CSV (puntkomma of komma) of XLSX en kies het opnieuw.' }),
    en: (p) => ({ message: `${p.file ?? 'The file'} could not be read.`, fix: 'Nothing was changed. Save it as CSV (semicolon or comma) or XLSX and choose it again.' }),
  },
  'organise-fte-refused': {
    nl: (p) => ({ message: `"${p.value ?? ''}" is geen geldig aantal VTE${p.team ? ` voor ${p.team} (${p.profile ?? ''}, ${p.period ?? ''})` : ''}: ${p.reason === 'negative' ? 'het is negatief' : p.reason === 'too-large' ? 'het is meer dan 10.000' : 'het is geen getal'}.`, fix: 'Er is niets veranderd. Typ een getal van 0 tot 10.000, bv. 6,5; laat het vak leeg om de rij te wissen.' }),
    en: (p) => ({ message: `"${p.value ?? ''}" is not a valid number of FTE${p.team ? ` for ${p.team} (${p.profile ?? ''}, ${p.period ?? ''})` : ''}: ${p.reason === 'negative' ? 'it is negative' : p.reason === 'too-large' ? 'it is more than 10,000' : 'it is not a number'}.`, fix: 'Nothing was changed. Type a number from 0 to 10,000, e.g. 6.5; leave the box empty to clear the row.' }),
  },
  'cause-storage-full': {
    nl: () => ({ message: 'De schijf of de opslag van de browser is vol.', fix: 'Maak ruimte vrij of kies een andere schijf.' }),
    en: () => ({ message: 'The disk or the browser’s storage is full.', fix: 'Free some space or choose another disk.' }),
  },
  'cause-not-allowed': {
    nl: () => ({ message: 'Het systeem liet dit niet toe (geen toestemming).', fix: 'Kies een map waar u mag schrijven, of sta het toe in de browser.' }),
    en: () => ({ message: 'The system did not allow this (no permission).', fix: 'Choose a folder you may write to, or allow it in the browser.' }),
  },
  'cause-file-unreachable': {
    nl: () => ({ message: 'Een bestand kon niet gelezen worden (verplaatst, verwijderd of niet bereikbaar).', fix: 'Kies het bestand of de map opnieuw.' }),
    en: () => ({ message: 'A file could not be read (moved, deleted or unreachable).', fix: 'Choose the file or folder again.' }),
  },
  'cause-out-of-memory': {
    nl: () => ({ message: 'Er was niet genoeg geheugen.', fix: 'Sluit andere programma’s of werk met een kleiner pakket.' }),
    en: () => ({ message: 'There was not enough memory.', fix: 'Close other programs or work with a smaller package.' }),
  },
  'cause-no-map': {
    nl: () => ({ message: 'Er is nog geen kaart op het scherm.', fix: 'Wacht tot de kaart getekend is.' }),
    en: () => ({ message: 'There is no map on screen yet.', fix: 'Wait until the map is drawn.' }),
  },
  'cause-unexpected': {
    nl: () => ({ message: 'Er liep intern iets mis dat Wijkzicht niet verwachtte.', fix: 'Het technische detail staat in de console van de ontwikkelaarshulpmiddelen; meld het met wat u deed.' }),
    en: () => ({ message: 'Something went wrong inside Wijkzicht that it did not expect.', fix: 'The technical detail is in the developer tools’ console; report it with what you did.' }),
  },
};
