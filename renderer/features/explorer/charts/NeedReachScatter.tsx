import { useId, useMemo, useState } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber, type Translate } from '../../../shared/i18n/i18n';
import { formatValue } from '../../../map/colouring/format-value';
import { ChartFrame } from './ChartFrame';
import { CHART_COLOURS, PlotGroup, Readout, rovingKeyDown, useChartLinking } from './chart-parts';
import { selectChartFocus, selectScatter, type ChartFocus, type ScatterModel, type ScatterPoint } from './chart-selectors';
import { scatterLabels, type ScatterLabel } from './place-scatter-labels';

/** A point as drawn: emphasised when highlighted from the map or a chart, filled dark when selected. */
type DrawnPoint = ScatterPoint & { readonly highlighted: boolean; readonly selected: boolean };

/** One area's dot; emphasised (ring, thicker outline) when the area is highlighted from the map or a chart. */
function Dot(props: ScatterShapeProps & { label: ScatterLabel | undefined; onEnter: (code: string) => void; onLeave: () => void; onOpen: (code: string) => void }) {
  const p = props.payload as DrawnPoint | undefined;
  if (!p || props.cx === undefined || props.cy === undefined) return null;
  const { cx, cy } = props;
  return (
    <g
      className="scatter-point"
      data-testid="scatter-point"
      data-code={p.code}
      data-highlighted={p.highlighted ? 'true' : 'false'}
      data-selected={p.selected ? 'true' : 'false'}
      onMouseEnter={() => props.onEnter(p.code)}
      onMouseLeave={props.onLeave}
      onClick={() => props.onOpen(p.code)}
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
      {props.label && (
        <text className="scatter-label" data-testid="scatter-label" x={cx + props.label.dx} y={cy + props.label.dy} textAnchor={props.label.anchor} fontSize={10} fill={CHART_COLOURS.axis}
          stroke="#fff" strokeWidth={3} paintOrder="stroke" pointerEvents="none">
          {props.label.text}
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
function ScatterPlot({ model, drawn }: { model: ScatterModel; drawn: readonly DrawnPoint[] }) {
  const { t, language } = useI18n();
  const link = useChartLinking();
  const [width, setWidth] = useState(0);
  const meanText = model.meanReach !== null ? t('scatterMean', { value: formatValue(model.meanReach, { kind: 'share' }, language) }) : null;
  const labels = useMemo(() => {
    const plotHeight = CHART_HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
    const { reach } = model.domain;
    // The mean line's own text sits just under its left end (recharts' insideTopLeft): keep the point names off it.
    const meanY = model.meanReach === null ? null : (1 - (model.meanReach - reach[0]) / (reach[1] - reach[0] || 1)) * plotHeight;
    const reserved = meanText && meanY !== null ? [[0, meanY - 1, measureLabel(meanText) + 12, meanY + 16] as const] : [];
    return scatterLabels(model.points, model.domain, width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH, plotHeight, measureLabel, reserved);
  }, [model, width, meanText]);
  const pct = (v: number) => `${formatNumber(language, v * 100, 0)} %`;
  const idx = (v: number) => formatNumber(language, v, Number.isInteger(v) ? 0 : 1);
  const { need, reach } = model.domain;
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT} onResize={(w) => setWidth(w)}>
      <ScatterChart margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLOURS.grid} />
        {model.meanReach !== null && model.meanReach > reach[0] && need[1] > 0 && (
          <ReferenceArea x1={0} x2={need[1]} y1={reach[0]} y2={model.meanReach} fill={CHART_COLOURS.corner} fillOpacity={0.09} stroke="none" ifOverflow="hidden"
            label={{ value: t('scatterCornerLabel'), position: 'insideBottomRight', fontSize: 10, fill: CHART_COLOURS.corner }} />
        )}
        <XAxis type="number" dataKey="need" domain={[need[0], need[1]]} ticks={[...model.ticks.need]} tickFormatter={idx} fontSize={11} stroke={CHART_COLOURS.axis}
          label={{ value: `${t('chartNeedIndex')} →`, position: 'insideBottom', offset: -12, fontSize: 11, fill: CHART_COLOURS.axis }} />
        <YAxis type="number" dataKey="reach" domain={[reach[0], reach[1]]} ticks={[...model.ticks.reach]} tickFormatter={pct} width={Y_AXIS_WIDTH} fontSize={11} stroke={CHART_COLOURS.axis}
          label={{ value: `${t('chartReach')} →`, angle: -90, position: 'insideLeft', offset: 4, fontSize: 11, fill: CHART_COLOURS.axis, style: { textAnchor: 'middle' } }} />
        <ReferenceLine x={0} stroke={CHART_COLOURS.reference} strokeDasharray="4 3" />
        {model.meanReach !== null && (
          <ReferenceLine y={model.meanReach} stroke={CHART_COLOURS.reference} strokeDasharray="4 3"
            label={{ value: meanText ?? '', position: 'insideTopLeft', fontSize: 10, fill: CHART_COLOURS.axis }} />
        )}
        <Scatter data={[...drawn]} isAnimationActive={false} shape={(p: ScatterShapeProps) => <Dot {...p} label={labels.get((p.payload as DrawnPoint | undefined)?.code ?? '')} onEnter={link.area} onLeave={link.clear} onOpen={link.open} />} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}

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
