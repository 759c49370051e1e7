import type { Services } from '../../../app/services';
import { canvasTextMeasure, chartScene, EXPORT_FONT, safeFileStem, sceneToPng, sceneToSvg } from '../../../shared/export';
import { reportProblem, UserError } from '../../../shared/problems';
import { chartDrawingOf, type ChartKind } from './chart-drawings';

/**
 * Saves a chart as a standalone SVG (vector, for reports) or a 2× PNG, drawn from the chart's model in the
 * app state (`chartDrawingOf`), named after its title. A failure is reported as a coded notice, never
 * thrown.
 *
 * @example
 * void exportChart(services, 'caseload', 'svg');
 */
export async function exportChart(services: Services, kind: ChartKind, format: 'svg' | 'png'): Promise<void> {
  const what = format.toUpperCase();
  let bytes: Uint8Array;
  let name: string;
  try {
    const drawing = chartDrawingOf(services.store.getState(), kind);
    if (!drawing) throw new UserError('cause-unexpected', `exportChart: the ${kind} chart has nothing to draw`);
    name = `${safeFileStem(drawing.title)}.${format}`;
    if (format === 'svg') bytes = new TextEncoder().encode(sceneToSvg(chartScene(drawing)));
    else {
      await document.fonts.ready;
      bytes = (await sceneToPng(chartScene(drawing, canvasTextMeasure(EXPORT_FONT)), 2)).bytes;
    }
  } catch (error) {
    reportProblem(services.store, 'export-failed', error, { params: { what } });
    return;
  }
  try {
    await services.platform.saveFile(name, bytes, [{ name: what, extensions: [format] }]);
  } catch (error) {
    reportProblem(services.store, 'save-failed', error, { params: { file: name } });
  }
}
