import { ProjectAutosave } from './project/ProjectAutosave';
import { PlannerMapSync } from '../features/planner/PlannerMapSync';
import { PlannerTerritorySync } from '../features/planner/PlannerTerritorySync';
import { OrganiseMapSync } from '../features/organise/OrganiseMapSync';
import { PresentationMode } from '../features/presenter/PresentationMode';
import { useEffect } from 'react';
import { AreaSummary } from '../features/explorer/components/AreaSummary';
import { ControlsPanel } from '../features/explorer/components/ControlsPanel';
import { DropZone } from './DropZone';
import { Legend } from '../features/explorer/components/Legend';
import { OpenPackageControls } from './OpenPackageControls';
import { ProblemsDialog } from './ProblemsDialog';
import { ProvenanceBadges } from '../features/explorer/components/ProvenanceBadges';
import { StatusBar } from './StatusBar';
import { NoticeArea } from './NoticeArea';
import { openDemo, openPackage } from './open-package';
import { MapView } from '../map/MapView';
import { ImportWizard } from '../features/import/ImportWizard';
import { MapOverlays } from '../features/explorer/layers/MapOverlays';
import { SearchBox } from '../features/explorer/search/SearchBox';
import { SidePanel } from './SidePanel';
import { openImport } from '../features/import/state/import-slice';
import { inSlice, type AppState } from './app-state';
import { toggleLanguage } from './ui-slice';
import { useAppState, useI18n, useServices } from './app-context';
import { PanelBoundary } from '../shared/ui';
import { packageText } from '../../data/package';

const selectTitle = (s: AppState) => (s.pkg.current ? packageText(s.pkg.current.descriptor, s.ui.language) : null);

/** The application shell: header with package and badges, side panel with controls and legend, the map. */
export function App() {
  const services = useServices();
  const { t, language } = useI18n();
  const title = useAppState(selectTitle);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(
    () =>
      services.platform.onMenuCommand((command) => {
        if (command === 'toggle-language') {
          services.store.update(inSlice('ui', toggleLanguage));
        }
        if (command === 'open-demo') void openDemo(services);
        if (command === 'open-package' && services.platform.pickWithDialog) void openPackage(services, '…', services.platform.pickWithDialog);
        if (command === 'import-files') services.store.update(inSlice('importer', openImport));
      }),
    [services],
  );

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <div className="package-title" data-testid="package-title">
          {title}
        </div>
        <ProvenanceBadges />
        <div className="header-actions">
          <OpenPackageControls />
          <button
            type="button"
            onClick={() => {
              services.store.update(inSlice('ui', toggleLanguage));
            }}
            aria-label={`${t('language')}: ${t('switchLanguage')}`} data-testid="language-toggle">
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <aside className="side">
        <PanelBoundary name="panelNameControls">
          <ControlsPanel />
        </PanelBoundary>
        <PanelBoundary name="panelNameLegend">
          <Legend />
        </PanelBoundary>
        <PanelBoundary name="panelNameSummary">
          <AreaSummary />
        </PanelBoundary>
      </aside>
      <main className="main">
        <MapView>
          <PanelBoundary name="panelNameMapOverlays">
            <MapOverlays />
            <PlannerMapSync />
            <PlannerTerritorySync />
            <OrganiseMapSync />
          </PanelBoundary>
          <ProjectAutosave />
          <PanelBoundary name="panelNameSearch">
            <SearchBox />
          </PanelBoundary>
        </MapView>
      </main>
      <SidePanel />
      <footer className="footer">
        <PanelBoundary name="panelNameStatus">
          <StatusBar />
        </PanelBoundary>
      </footer>
      <NoticeArea />
      <PanelBoundary name="panelNamePresentation">
        <PresentationMode />
      </PanelBoundary>
      <PanelBoundary name="panelNameProblems">
        <ProblemsDialog />
      </PanelBoundary>
      <PanelBoundary name="panelNameImport">
        <ImportWizard />
      </PanelBoundary>
      <DropZone />
    </div>
  );
}
