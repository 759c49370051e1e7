import './console.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFonts } from '../../../app/fonts';
import { detectConsoleLink } from '../../../shared/platform/presenter-link';
import { PresenterConsole } from './PresenterConsole';

// The presenter console: a separate small page (no map, no database) that follows the app window's
// presentation and sends it the presenter's commands.
const root = document.getElementById('root');
if (!root) throw new Error('presenter.html has no #root element');
const link = detectConsoleLink();
loadFonts()
  .catch((error: unknown) => console.error('Bundled fonts failed to load', error))
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <PresenterConsole link={link} />
      </StrictMode>,
    );
  });
