import { memo, useId, useMemo, useState } from 'react';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber, type Translate } from '../../../shared/i18n/i18n';
import { formatValue } from '../../../map/colouring/format-value';
import { ChartFrame } from './ChartFrame';
import { CHART_COLOURS, PlotGroup, Readout, rovingKeyDown, useChartLinking } from './chart-parts';
import { selectChartFocus, selectScatter, type ChartFocus, type ScatterModel, type ScatterPoint } from './chart-selectors';
import { scatterLabels, type ScatterLabel } from './place-scatter-labels';
import { scaleLinear, useWidth } from './svg-plot';

/** A point as drawn: emphasised when highlighted from the map or a chart, filled dark when selected. */
type DrawnPoint = ScatterPoint & { readonly highlighted: boolean; readonly selected: boolean };

/** One area's dot; emphasised (ring, thicker outline) when the area is highlighted from the map or a chart. */
function Dot({ p, cx, cy, label, onEnter, onLeave, onOpen }: { p: DrawnPoint; cx: number; cy: number; label: ScatterLabel | undefined; onEnter: (code: string) => void; onLeave: () => void; onOpen: (code: string) => void }) {
  return (
    <g
      className="scatter-point"
      data-testid="scatter-point"
      data-code={p.code}
      data-highlighted={p.highlighted ? 'true' : 'false'}
      data-selected={p.selected ? 'true' : 'false'}
      onMouseEnter={() => onEnter(p.code)}
      onMouseLeave={onLeave}
      onClick={() => onOpen(p.code)}
    >
      {/* A larger transparent target makes small dots easy to point at. */}
      <circle cx={cx} cy={cy} r={9} fill="transparent" />
      {p.highlighted && <circle cx={cx} cy={cy} r={10} fill="none" stroke={CHART_COLOURS.ring} strokeWidth={3} />}
      <circle
        cx={cx}
        cy={cy}
        r={p.highlighted ? 6 : 4.5}
        fill={p.selected ? CHART_COLOURS.pointSelected : CHART_COLOURS.point}
        fillOpacity={p.highlighted || p.selected ? 1 : 0.8}
        stroke={p.highlighted ? CHART_COLOURS.emphasis : '#fff'}
        strokeWidth={p.highlighted ? 2 : 1}
      />
      {label && (
        <text className="scatter-label" data-testid="scatter-label" x={cx + label.dx} y={cy + label.dy} textAnchor={label.anchor} fontSize={10} fill={CHART_COLOURS.axis}
          stroke="#fff" strokeWidth={3} paintOrder="stroke" pointerEvents="none">
          {label.text}
        </text>
      )}
    </g>
  );
}

/** The points with their emphasis, highlighted and selected ones last (drawn on top of the others). */
function drawnPoints(points: readonly ScatterPoint[], focus: ChartFocus): DrawnPoint[] {
  const drawn = points.map((p) => ({ ...p, highlighted: focus.codes.has(p.code), selected: focus.selected === p.code }));
  return [...drawn.filter((p) => !p.highlighted && !p.selected), ...drawn.filter((p) => p.highlighted || p.selected)];
}

/** "3 gebieden zonder bereik (afgeschermd) · 1 gebied zonder gegevens", or nothing. */
function leftOutNote(model: ScatterModel, t: Translate): string | null {
  const notes = [
    model.suppressedCount === 1 ? t('scatterSuppressedOne') : model.suppressedCount > 1 ? t('scatterSuppressed', { count: model.suppressedCount }) : null,
    model.missingCount === 1 ? t('scatterMissingOne') : model.missingCount > 1 ? t('scatterMissing', { count: model.missingCount }) : null,
  ].filter((x): x is string => x !== null);
  return notes.length > 0 ? notes.join(' · ') : null;
}

/** The chart's height and the room its axes and margins take, in pixels (for placing the point labels). */
const CHART_HEIGHT = 250;
const MARGIN = { top: 8, right: 12, bottom: 18, left: 0 };
const Y_AXIS_WIDTH = 54;
const X_AXIS_HEIGHT = 30;

let measureContext: CanvasRenderingContext2D | null | undefined;

/** The width of a point name as the chart draws it (10 px, the page's font), or an estimate without a canvas. */
function measureLabel(text: string): number {
  if (measureContext === undefined) {
    measureContext = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null);
    if (measureContext) measureContext.font = `10px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  }
  return measureContext ? measureContext.measureText(text).width : text.length * 5.6;
}

/** The plot: axes, the reference lines, the shaded corner and the dots, the outliers (or all, when few) named. */
const ScatterPlot = memo(function ScatterPlot({ model, drawn }: { model: ScatterModel; drawn: readonly DrawnPoint[] }) {
  const { t, language } = useI18n();
  const link = useChartLinking();
  const [ref, width] = useWidth<HTMLDivElement>();
  const meanText = model.meanReach !== null ? t('scatterMean', { value: formatValue(model.meanReach, { kind: 'share' }, language) }) : null;
  const plotHeight = CHART_HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const plotWidth = width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH;
  const labels = useMemo(() => {
    const { reach } = model.domain;
    // The mean line's own text sits just under its left end: keep the point names off it.
    const meanY = model.meanReach === null ? null : (1 - (model.meanReach - reach[0]) / (reach[1] - reach[0] || 1)) * plotHeight;
    const reserved = meanText && meanY !== null ? [[0, meanY - 1, measureLabel(meanText) + 12, meanY + 16] as const] : [];
    return scatterLabels(model.points, model.domain, plotWidth, plotHeight, measureLabel, reserved);
  }, [model, plotWidth, plotHeight, meanText]);
  const pct = (v: number) => `${formatNumber(language, v * 100, 0)} %`;
  const idx = (v: number) => formatNumber(language, v, Number.isInteger(v) ? 0 : 1);
  const { need, reach } = model.domain;
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const right = left + Math.max(1, plotWidth);
  const top = MARGIN.top;
  const bottom = top + plotHeight;
  const x = scaleLinear(need[0], need[1], left, right);
  const y = scaleLinear(reach[0], reach[1], bottom, top);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const mean = model.meanReach;
  const corner = mean !== null && mean > reach[0] && need[1] > 0
    ? { x0: x(clamp(0, need[0], need[1])), x1: x(need[1]), y0: y(clamp(mean, reach[0], reach[1])), y1: y(reach[0]) }
    : null;
  return (
    <div ref={ref} className="chart-svg-box" style={{ height: CHART_HEIGHT }}>
      {width > 0 && (
        <svg className="chart-surface" width={width} height={CHART_HEIGHT} focusable="false">
          {model.ticks.need.map((v) => <line key={`gx${v}`} x1={x(v)} x2={x(v)} y1={top} y2={bottom} stroke={CHART_COLOURS.grid} />)}
          {model.ticks.reach.map((v) => <line key={`gy${v}`} x1={left} x2={right} y1={y(v)} y2={y(v)} stroke={CHART_COLOURS.grid} />)}
          {corner && (
            <g>
              <rect x={corner.x0} y={corner.y0} width={corner.x1 - corner.x0} height={corner.y1 - corner.y0} fill={CHART_COLOURS.corner} fillOpacity={0.09} />
              <text x={corner.x1 - 5} y={corner.y1 - 5} textAnchor="end" fontSize={10} fill={CHART_COLOURS.corner}>
                {t('scatterCornerLabel')}
              </text>
            </g>
          )}
          <line x1={left} x2={left} y1={top} y2={bottom} stroke={CHART_COLOURS.axis} />
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={CHART_COLOURS.axis} />
          {model.ticks.need.map((v) => (
            <g key={`tx${v}`}>
              <line x1={x(v)} x2={x(v)} y1={bottom} y2={bottom + 6} stroke={CHART_COLOURS.axis} />
              <text x={x(v)} y={bottom + 8} dy="0.71em" textAnchor="middle" fontSize={11} fill={CHART_COLOURS.axis}>
                {idx(v)}
              </text>
            </g>
          ))}
          {model.ticks.reach.map((v) => (
            <g key={`ty${v}`}>
              <line x1={left - 6} x2={left} y1={y(v)} y2={y(v)} stroke={CHART_COLOURS.axis} />
              <text x={left - 8} y={y(v)} dy="0.35em" textAnchor="end" fontSize={11} fill={CHART_COLOURS.axis}>
                {pct(v)}
              </text>
            </g>
          ))}
          <text x={(left + right) / 2} y={CHART_HEIGHT - 6} textAnchor="middle" fontSize={11} fill={CHART_COLOURS.axis}>
            {`${t('chartNeedIndex')} →`}
          </text>
          <text x={MARGIN.left + 10} y={(top + bottom) / 2} transform={`rotate(-90 ${MARGIN.left + 10} ${(top + bottom) / 2})`} textAnchor="middle" dy="0.35em" fontSize={11} fill={CHART_COLOURS.axis}>
            {`${t('chartReach')} →`}
          </text>
          {need[0] <= 0 && need[1] >= 0 && <line x1={x(0)} x2={x(0)} y1={top} y2={bottom} stroke={CHART_COLOURS.reference} strokeDasharray="4 3" />}
          {mean !== null && mean >= reach[0] && mean <= reach[1] && (
            <g>
              <line x1={left} x2={right} y1={y(mean)} y2={y(mean)} stroke={CHART_COLOURS.reference} strokeDasharray="4 3" />
              <text x={left + 5} y={y(mean) + 5} dy="0.71em" fontSize={10} fill={CHART_COLOURS.axis}>
                {meanText}
              </text>
            </g>
          )}
          {drawn.map((p) => (
            <Dot key={p.code} p={p} cx={x(p.need)} cy={y(p.reach)} label={labels.get(p.code)} onEnter={link.area} onLeave={link.clear} onOpen={link.open} />
          ))}
        </svg>
      )}
    </div>
  );
});

/**
 * Need index (x) against reach (y), one dot per area, with the municipality's reach and the need mean as
 * reference lines and the "high need, low reach" corner shaded. Areas whose reach is suppressed are left out
 * and counted. Pointing at a dot highlights its area on the map, clicking opens its details; the arrow
 * keys move through the dots from low to high need.
 */
export function NeedReachScatter() {
  const { t } = useI18n();
  const model = useAppState(selectScatter);
  const focus = useAppState(selectChartFocus);
  const link = useChartLinking();
  const hintId = useId();
  const [focused, setFocused] = useState(false);
  const drawn = useMemo(() => (model ? drawnPoints(model.points, focus) : []), [model, focus]);
  if (!model) return null;
  const points = model.points;
  const active = points.findIndex((p) => focus.codes.has(p.code));
  const note = leftOutNote(model, t);
  const highlighted = points.filter((p) => focus.codes.has(p.code));
  const readout = highlighted.length === 1 ? `${highlighted[0]!.description}${highlighted[0]!.teamName ? ` (${highlighted[0]!.teamName})` : ''}` : '';
  return (
    <ChartFrame testId="chart-scatter" chart="scatter" title={t('chartScatterTitle')} summary={model.summary} table={model.table} source={model.source}
      extra={note && <p className="chart-left-out" data-testid="scatter-left-out">{note}</p>}>
      <PlotGroup
        label={t('chartScatterAria')}
        hintId={hintId}
        onKeyDown={(e) => rovingKeyDown(e, points, active, (p) => link.area(p.code), { clear: link.clear, activate: (p) => link.open(p.code), axis: 'both' })}
        onFocusedChange={setFocused}
        onLeave={link.clear}
      >
        <ScatterPlot model={model} drawn={drawn} />
      </PlotGroup>
      <p id={hintId} className="sr-only">
        {t('chartKeysPoints')}
      </p>
      <Readout text={readout} placeholder={t('chartReadoutPoints')} live={focused} />
    </ChartFrame>
  );
}
