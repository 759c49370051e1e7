import type { Services } from '../../app/services';
import { currentCamera, snapshotMap } from '../../map/camera-bridge';
import { reportProblem, UserError } from '../../shared/problems';
import { buildExportModel, canvasTextMeasure, EXPORT_FONT, mapExportScene, partOf, safeFileStem, sceneToPng, type ExportControl, type ExportModel, type ExportView } from '../../shared/export';

/**
 * The current view as a print-quality PNG at 1×, 2× or 4×: the map redrawn at that resolution (not
 * upscaled), with the title, subtitle and caption above, the legend and a scale bar on the map, the badges
 * and the attribution below. The words and the legend come from the export model (the app state), the
 * pixels of the map from the map itself; nothing is read back from the page.
 */

export interface ViewImage {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** What the image says (title, legend, …). */
  readonly model: ExportModel;
  /** Where the map and the legend are in the image (device pixels), for checks. */
  readonly mapBox: { x: number; y: number; width: number; height: number };
  readonly legendBox: { x: number; y: number; width: number; height: number } | null;
}

const inPixels = (box: { x: number; y: number; width: number; height: number }, scale: number) => ({
  x: Math.round(box.x * scale),
  y: Math.round(box.y * scale),
  width: Math.round(box.width * scale),
  height: Math.round(box.height * scale),
});

/**
 * Draws the map as it is now with the words of `view` (title, caption) at `scale`× into a PNG.
 *
 * @example
 * const image = await exportViewPng(services, { title: 'Armoede per wijk', caption: 'Kortrijk 2024' }, 2);
 */
export async function exportViewPng(services: Services, view: Omit<ExportView, 'camera'>, scale: 1 | 2 | 4): Promise<ViewImage> {
  if (![1, 2, 4].includes(scale)) throw new RangeError(`scale must be 1, 2 or 4, got ${scale}`);
  const camera = currentCamera(services.memory);
  const snapshot = snapshotMap(services.memory, scale);
  if (!camera || !snapshot) throw new UserError('cause-no-map', 'exportViewPng: no map registered yet');
  const map = await snapshot;
  if (map.width === 0 || map.height === 0) throw new UserError('cause-no-map', 'exportViewPng: the map has no size');
  const model = buildExportModel(services.store.getState(), { ...view, camera });
  await document.fonts.ready;
  const scene = mapExportScene(model, { width: map.width / scale, height: map.height / scale }, canvasTextMeasure(EXPORT_FONT));
  const png = await sceneToPng(scene, scale, { map });
  const mapPart = partOf(scene, 'map')!;
  const legend = partOf(scene, 'legend');
  return { ...png, model, mapBox: inPixels(mapPart.box, scale), legendBox: legend ? inPixels(legend.box, scale) : null };
}

/**
 * The words of what is on screen: the view being presented, else the title the legend gives it (the
 * export model falls back to it).
 */
export function viewWordsOnScreen(services: Services): { title: string; caption: string } {
  const story = services.store.getState().story;
  const shown = story.presenting === null ? undefined : story.views[story.presenting];
  return { title: shown?.title ?? '', caption: shown?.caption ?? '' };
}

/**
 * Exports the current view as a PNG at `scale`× and saves it under a name made from its title
 * (`armoede-per-wijk-2x.png`). A failure is reported as a coded notice, never thrown; *Annuleren*
 * (`control`) throws its abort once the map is drawn (the map's resolution is back), and nothing is saved.
 *
 * @example
 * void runCancellableExport(services.store, services.memory, 'PNG 4×', (control) => saveViewPng(services, 4, control));
 */
export async function saveViewPng(services: Services, scale: 1 | 2 | 4, control: ExportControl): Promise<void> {
  let image: ViewImage;
  try {
    control.step(0, 1);
    image = await exportViewPng(services, viewWordsOnScreen(services), scale);
    control.step(1, 1);
  } catch (error) {
    if (control.signal.aborted) throw error;
    reportProblem(services.store, 'export-failed', error, { params: { what: 'PNG' } });
    return;
  }
  const name = `${safeFileStem(image.model.title)}-${scale}x.png`;
  try {
    await services.platform.saveFile(name, image.bytes, [{ name: 'PNG', extensions: ['png'] }]);
  } catch (error) {
    reportProblem(services.store, 'save-failed', error, { params: { file: name } });
  }
}
