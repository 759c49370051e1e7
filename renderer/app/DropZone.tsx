import { useEffect, useState } from 'react';
import { useI18n, useServices } from './app-context';
import { openPackage } from './open-package';
import { pickedFromDrop, sourceFromPickedFiles } from '../shared/platform/browser-file-sources';

/** Drop a package folder or .zip anywhere on the window to open it. */
export function DropZone() {
  const services = useServices();
  const { t } = useI18n();
  const [active, setActive] = useState(false);
  useEffect(() => {
    let depth = 0;
    // While the import wizard is open, files dropped go to the wizard, not to "open package".
    const hasFiles = (e: DragEvent) => !services.store.getState().importer.open && !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setActive(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      const transfer = e.dataTransfer;
      const picking = pickedFromDrop(transfer);
      void openPackage(services, transfer.files[0]?.name ?? 'package', async () => sourceFromPickedFiles(await picking));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [services]);
  return active ? (
    <div className="drop-overlay" role="status">
      {t('dropRelease')}
    </div>
  ) : null;
}
