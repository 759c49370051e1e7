/**
 * Exports built from the app state: the export model (`buildExportModel`: title, subtitle, legend, badges,
 * attribution, scale), scenes (a drawing as plain data: the map export's and the charts'), and the two
 * backends that draw a scene — as SVG text and on a canvas for PNGs. Nothing here reads the page.
 */
export * from './build-export-model';
export { legendMethodOf, legendTitleOf } from './export-legend';
export * from './export-words';
export * from './scene';
export * from './text-layout';
export * from './svg-writer';
export * from './scene-to-svg';
export * from './scene-to-canvas';
export * from './map-scene';
export * from './chart-scene';
export * from './file-name';
export * from './export-progress';
export * from './cancellable-export';
export { ExportProgressBar } from './ExportProgressBar';
