import 'maplibre-gl/dist/maplibre-gl.css';
import '../styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openBrowserDatabase } from '../../data/db/open-browser-database';
import { App } from './App';
import { ServicesProvider } from './app-context';
import { openStartupPackage } from './open-package';
import { createServices } from './services';
import { loadFonts } from './fonts';
import { detectPlatform } from '../shared/platform/platform';
import { initialAppState } from './app-state';
import { createStore } from '../shared/store/store';

const store = createStore(initialAppState);
const services = createServices(store, detectPlatform(), openBrowserDatabase);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Fonts first (map labels are drawn from them), the database starts in parallel.
void services.database().catch(() => undefined /* reported when a command needs it */);
loadFonts()
  .catch((error: unknown) => console.error('Bundled fonts failed to load', error))
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    );
    void openStartupPackage(services);
  });
