import { memo, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ChartAxis } from '../../../shared/export';
import { CHART_COLOURS, TeamBar, TeamTick, type TeamLike } from './chart-parts';

/**
 * The charts' plots as plain SVG drawn by React from the chart models: team bars and the scatter's frame.
 * (Recharts re-derived its whole store on every mount, unmount and data change — most of a level switch's
 * main-thread time; these plots draw the same models with a few elements and no store of their own.)
 */

/** The content width of an element in CSS pixels, followed as it resizes (0 until measured). */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Maps `value` of [min, max] linearly onto [from, to] pixels. */
export const scaleLinear = (min: number, max: number, from: number, to: number) => (value: number) => from + ((value - min) / (max - min || 1)) * (to - from);

/** A series of bars: one value per row (null: no bar), in one colour; `labels` are written right of the bars. */
export interface BarSeries {
  readonly key: string;
  readonly colour: string;
  readonly values: readonly (number | null)[];
  readonly labels?: readonly (string | null)[];
}

/** The room a bar plot's parts take, in pixels. */
const TEAM_AXIS_WIDTH = 92;
const VALUE_AXIS_HEIGHT = 30;
const PLOT_TOP = 2;

export interface TeamBarsProps {
  readonly rows: readonly TeamLike[];
  readonly series: readonly BarSeries[];
  /** The value axis: its range and ticks (the same axis the chart's export draws). */
  readonly axis: ChartAxis;
  readonly rowHeight: number;
  readonly marginRight: number;
  /** The free room above and below a row's bars, as a share of the row's height. */
  readonly categoryGap: number;
  readonly barGap?: number;
  readonly teams: ReadonlySet<string>;
  /** Pointing at a team's row (absent: the plot only shows, nothing to point at). */
  readonly onTeam?: (teamId: string) => void;
  /** A note right of the team axis (e.g. "afgeschermd"). */
  readonly notes?: readonly (string | null)[];
  /** Something drawn on a row at a value (the target diamond), given its centre. */
  readonly marker?: { readonly values: readonly number[]; readonly draw: (teamId: string, cx: number, cy: number) => ReactNode };
}

/**
 * Horizontal bars per team: the team names on the left, the value axis with its ticks and grid below,
 * each team's row a pointer target that highlights the team. Drawn at the width of its container.
 */
export const TeamBars = memo(function TeamBars(props: TeamBarsProps) {
  const { rows, series, axis, rowHeight, marginRight, categoryGap, teams, onTeam } = props;
  const barGap = props.barGap ?? 4;
  const [ref, width] = useWidth<HTMLDivElement>();
  const height = rows.length * rowHeight + 28;
  const left = TEAM_AXIS_WIDTH;
  const right = Math.max(left + 1, width - marginRight);
  const bottom = height - VALUE_AXIS_HEIGHT;
  const x = scaleLinear(axis.min, axis.max, left, right);
  const band = rows.length > 0 ? (bottom - PLOT_TOP) / rows.length : 0;
  const offset = band * categoryGap;
  const barHeight = series.length > 0 ? Math.max(0, (band - 2 * offset - (series.length - 1) * barGap) / series.length) : 0;
  return (
    <div ref={ref} className="chart-svg-box" style={{ height }}>
      {width > 0 && (
        <svg className={onTeam ? 'chart-surface' : 'chart-surface chart-static'} width={width} height={height} focusable="false">
          {axis.ticks.map((tick) => (
            <line key={`g${tick.value}`} x1={x(tick.value)} x2={x(tick.value)} y1={PLOT_TOP} y2={bottom} stroke={CHART_COLOURS.grid} />
          ))}
          {rows.map((row, i) => {
            const top = PLOT_TOP + i * band;
            const cy = top + band / 2;
            const highlighted = teams.has(row.teamId);
            return (
              <g key={row.teamId} onMouseEnter={onTeam && (() => onTeam(row.teamId))}>
                <rect x={0} y={top} width={width} height={band} fill="transparent" />
                {series.map((s, j) => {
                  const value = s.values[i];
                  if (value === null || value === undefined) return null;
                  const end = x(Math.min(axis.max, value));
                  const y = top + offset + j * (barHeight + barGap);
                  const label = s.labels?.[i];
                  return (
                    <g key={s.key}>
                      <TeamBar teamId={row.teamId} series={s.key} value={value} x={left} y={y} width={end - left} height={barHeight} fill={s.colour} highlighted={highlighted} />
                      {label && (
                        <text x={end + 5} y={y + barHeight / 2} dy="0.35em" fontSize={11} fill={CHART_COLOURS.axis}>
                          {label}
                        </text>
                      )}
                    </g>
                  );
                })}
                {props.marker && props.marker.draw(row.teamId, x(props.marker.values[i]!), cy)}
                <TeamTick row={row} x={left} y={cy} highlighted={highlighted} note={props.notes?.[i] ?? null} />
              </g>
            );
          })}
          <line x1={left} x2={left} y1={PLOT_TOP} y2={bottom} stroke={CHART_COLOURS.axis} />
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={CHART_COLOURS.axis} />
          {axis.ticks.map((tick) => (
            <g key={`t${tick.value}`}>
              <line x1={x(tick.value)} x2={x(tick.value)} y1={bottom} y2={bottom + 6} stroke={CHART_COLOURS.axis} />
              <text x={x(tick.value)} y={bottom + 8} dy="0.71em" textAnchor="middle" fontSize={11} fill={CHART_COLOURS.axis}>
                {tick.label}
              </text>
            </g>
          ))}
        </svg>
      )}
    </div>
  );
});
