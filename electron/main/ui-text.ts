/**
 * Texts of the main-process UI (native menu, dialogs), Dutch by default. The renderer has its own
 * translations; these are only the strings Electron draws itself.
 */

export type UiLanguage = 'nl' | 'en';

export interface UiText {
  readonly appMenu: { readonly about: string; readonly services: string; readonly hide: string; readonly hideOthers: string; readonly unhide: string; readonly quit: string };
  readonly file: {
    readonly label: string;
    readonly openPackage: string;
    readonly openPackageZip: string;
    readonly openDemo: string;
    readonly importFiles: string;
    readonly toggleLanguage: string;
    readonly closeWindow: string;
    readonly quit: string;
  };
  readonly edit: { readonly label: string; readonly undo: string; readonly redo: string; readonly cut: string; readonly copy: string; readonly paste: string; readonly selectAll: string };
  readonly view: {
    readonly label: string;
    readonly reload: string;
    readonly forceReload: string;
    readonly devTools: string;
    readonly resetZoom: string;
    readonly zoomIn: string;
    readonly zoomOut: string;
    readonly fullScreen: string;
  };
  readonly window: { readonly label: string; readonly minimize: string; readonly zoom: string; readonly close: string; readonly front: string };
  readonly help: { readonly label: string; readonly about: string };
  readonly aboutDialog: { readonly title: string; readonly description: string; readonly ok: string };
  readonly packageDialog: {
    readonly folderTitle: string;
    readonly zipTitle: string;
    readonly folderOrZipTitle: string;
    readonly button: string;
    readonly zipFilter: string;
  };
}

const NL: UiText = {
  appMenu: {
    about: 'Over Wijkzicht',
    services: 'Voorzieningen',
    hide: 'Verberg Wijkzicht',
    hideOthers: 'Verberg andere',
    unhide: 'Toon alles',
    quit: 'Stop Wijkzicht',
  },
  file: {
    label: 'Bestand',
    openPackage: 'Data package openen…',
    openPackageZip: 'Data package (.zip) openen…',
    openDemo: 'Demostad openen',
    importFiles: 'Bestanden importeren…',
    toggleLanguage: 'Taal: English/Nederlands',
    closeWindow: 'Venster sluiten',
    quit: 'Afsluiten',
  },
  edit: {
    label: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
  },
  view: {
    label: 'Beeld',
    reload: 'Herladen',
    forceReload: 'Geforceerd herladen',
    devTools: 'Ontwikkelaarstools',
    resetZoom: 'Ware grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
  },
  window: { label: 'Venster', minimize: 'Minimaliseren', zoom: 'Zoomen', close: 'Sluiten', front: 'Alles naar voorgrond' },
  help: { label: 'Help', about: 'Over Wijkzicht' },
  aboutDialog: {
    title: 'Over Wijkzicht',
    description: 'Kaarten en planning voor wijkgericht sociaal werk.',
    ok: 'OK',
  },
  packageDialog: {
    folderTitle: 'Data package openen (map)',
    zipTitle: 'Data package openen (.zip)',
    folderOrZipTitle: 'Data package openen (map of .zip)',
    button: 'Openen',
    zipFilter: 'Data package (.zip)',
  },
};

const EN: UiText = {
  appMenu: {
    about: 'About Wijkzicht',
    services: 'Services',
    hide: 'Hide Wijkzicht',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Wijkzicht',
  },
  file: {
    label: 'File',
    openPackage: 'Open data package…',
    openPackageZip: 'Open data package (.zip)…',
    openDemo: 'Open demo city',
    importFiles: 'Import files…',
    toggleLanguage: 'Language: English/Nederlands',
    closeWindow: 'Close Window',
    quit: 'Quit',
  },
  edit: { label: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All' },
  view: {
    label: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
  },
  window: { label: 'Window', minimize: 'Minimize', zoom: 'Zoom', close: 'Close', front: 'Bring All to Front' },
  help: { label: 'Help', about: 'About Wijkzicht' },
  aboutDialog: {
    title: 'About Wijkzicht',
    description: 'Maps and planning for neighbourhood-based social services.',
    ok: 'OK',
  },
  packageDialog: {
    folderTitle: 'Open data package (folder)',
    zipTitle: 'Open data package (.zip)',
    folderOrZipTitle: 'Open data package (folder or .zip)',
    button: 'Open',
    zipFilter: 'Data package (.zip)',
  },
};

/** The main-process texts for `language`. */
export function uiText(language: UiLanguage): UiText {
  return language === 'en' ? EN : NL;
}

/** The other language, for the "Taal: English/Nederlands" toggle. */
export function otherLanguage(language: UiLanguage): UiLanguage {
  return language === 'nl' ? 'en' : 'nl';
}

