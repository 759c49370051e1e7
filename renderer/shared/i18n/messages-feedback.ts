/**
 * The words of busy marks and progress (renderer/shared/ui/BusyMark.tsx) and of a panel that stopped
 * (renderer/shared/ui/PanelBoundary.tsx: each panel's name, as the notice says it), Dutch first.
 */
export const feedbackNl = {
  busy: 'Bezig…',
  panelRetry: 'Opnieuw proberen',
  panelFailedHere: 'Dit paneel liep vast. De kaart, de andere panelen en uw niet-bewaarde werk blijven.',
  panelNameControls: 'Kaartkeuze',
  panelNameLegend: 'Legende',
  panelNameSummary: 'Samenvatting',
  panelNameSearch: 'Zoeken',
  panelNameMapOverlays: 'Kaartlagen',
  panelNameCharts: 'Grafieken',
  panelNameDetail: 'Gebied',
  panelNameLayers: 'Lagen',
  panelNamePlanner: 'Planner',
  panelNameStory: 'Verhaal',
  panelNameOrganise: 'Inrichten',
  panelNameImport: 'Importeren',
  panelNamePresentation: 'Presentatie',
  panelNameProblems: 'Meldingen',
  panelNameStatus: 'Statusbalk',
};

export const feedbackEn: Record<keyof typeof feedbackNl, string> = {
  busy: 'Working…',
  panelRetry: 'Try again',
  panelFailedHere: 'This panel stopped. The map, the other panels and your unsaved work stay.',
  panelNameControls: 'Map choice',
  panelNameLegend: 'Legend',
  panelNameSummary: 'Summary',
  panelNameSearch: 'Search',
  panelNameMapOverlays: 'Map layers',
  panelNameCharts: 'Charts',
  panelNameDetail: 'Area',
  panelNameLayers: 'Layers',
  panelNamePlanner: 'Planner',
  panelNameStory: 'Story',
  panelNameOrganise: 'Set-up',
  panelNameImport: 'Import',
  panelNamePresentation: 'Presentation',
  panelNameProblems: 'Notices',
  panelNameStatus: 'Status bar',
};
