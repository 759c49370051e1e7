import 'maplibre-gl/dist/maplibre-gl.css';
// The app's style sheets, one per part of the app, in cascade order (later rules win ties): keep this order.
import './app.css';
import '../shared/ui/ui.css';
import '../features/explorer/components/badges.css';
import './side-panel.css';
import '../features/explorer/components/controls-legend.css';
import '../map/map.css';
import '../features/explorer/components/map-overlays.css';
import './status-problems.css';
import '../features/import/import.css';
import '../features/explorer/components/controls-options.css';
import '../features/explorer/layers/layers.css';
import '../features/explorer/search/search.css';
import '../shared/ui/sr-only.css';
import '../features/explorer/charts/charts.css';
import '../features/explorer/detail/detail.css';
import '../features/planner/planner.css';
import './project/autosave.css';
import '../features/planner/compare-maps.css';
import '../features/presenter/presenter.css';
import '../features/explorer/charts/chart-export.css';
import '../features/presenter/print-story.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openBrowserDatabase } from '../../data/db/open-browser-database';
import { App } from './App';
import { ServicesProvider } from './app-context';
import { openStartupPackage, startStartupRead } from './open-package';
import { createServices } from './services';
import { loadFonts } from './fonts';
import { detectPlatform } from '../shared/platform/platform';
import { initialAppState } from './app-state';
import { createStore } from '../shared/store/store';
import { ProblemBoundary } from '../shared/ui/ProblemBoundary';
import { feedbackEn, feedbackNl } from '../shared/i18n/messages-feedback';

const store = createStore(initialAppState);
const services = createServices(store, detectPlatform(), openBrowserDatabase);

// The last resort, should the shell itself fail to draw (every panel has its own boundary): a message in the
// UI language with a retry, instead of a blank window.
const feedback = store.getState().ui.language === 'en' ? feedbackEn : feedbackNl;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Everything on the critical path starts now, in parallel: DuckDB's worker, the start-up package's fetch and
// validation (in the package-read worker, which also hashes its files) and the fonts (map labels are drawn
// from them). The app is drawn once the fonts are there; the package opens when its read is done.
void services.database().catch(() => undefined /* reported when a command needs it */);
const startupRead = startStartupRead(services);
startupRead.catch(() => undefined); // reported by openStartupPackage
loadFonts()
  .catch((error: unknown) => console.error('Bundled fonts failed to load', error))
  .finally(() => {
    performance.mark('wijkzicht:fonts-loaded'); // for traces and the bench
    createRoot(root).render(
      <StrictMode>
        <ProblemBoundary store={store} code="panel-failed" params={{ panel: 'Wijkzicht' }} message={feedback.panelFailedHere} retryLabel={feedback.panelRetry}>
          <ServicesProvider services={services}>
            <App />
          </ServicesProvider>
        </ProblemBoundary>
      </StrictMode>,
    );
    void openStartupPackage(services, startupRead);
  });
