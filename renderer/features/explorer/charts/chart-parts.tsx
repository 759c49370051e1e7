import type { KeyboardEvent, ReactNode } from 'react';
import type { BarShapeProps, YAxisTickContentProps } from 'recharts';
import { useServices } from '../../../app/app-context';
import { clearChartHighlight, highlightArea, highlightTeam, openAreaDetail } from './chart-linking';

/** Colours of the charts (navy = staff, orange = need, as in the legend swatches). */
export const CHART_COLOURS = {
  fte: '#1d3557',
  need: '#e07a5f',
  target: '#1f2933',
  caseload: '#457b9d',
  point: '#457b9d',
  pointSelected: '#1d3557',
  emphasis: '#1f2933',
  ring: '#f4a261',
  grid: '#e6e9ed',
  axis: '#52606d',
  reference: '#9aa5b1',
  corner: '#be64ac',
} as const;

/** Store updates the charts make, bound to the app's store. */
export function useChartLinking() {
  const { store } = useServices();
  return {
    team: (id: string) => store.update(highlightTeam(id)),
    area: (code: string) => store.update(highlightArea(code)),
    clear: () => store.update(clearChartHighlight),
    open: (code: string) => store.update(openAreaDetail(code)),
  };
}

/**
 * Keyboard handling of a chart with one tab stop: arrows move through its elements (which highlights them
 * on the map), Home/End jump, Enter activates, Escape lets go.
 */
export function rovingKeyDown<T>(
  event: KeyboardEvent,
  items: readonly T[],
  active: number,
  move: (item: T) => void,
  options: { clear: () => void; activate?: (item: T) => void; axis: 'vertical' | 'both' },
): void {
  const next = (delta: number) => {
    if (items.length === 0) return;
    const i = active < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, active + delta));
    move(items[i]!);
  };
  const forward = options.axis === 'vertical' ? ['ArrowDown'] : ['ArrowRight', 'ArrowUp'];
  const backward = options.axis === 'vertical' ? ['ArrowUp'] : ['ArrowLeft', 'ArrowDown'];
  if (forward.includes(event.key)) next(1);
  else if (backward.includes(event.key)) next(-1);
  else if (event.key === 'Home' && items.length > 0) move(items[0]!);
  else if (event.key === 'End' && items.length > 0) move(items[items.length - 1]!);
  else if (event.key === 'Escape') options.clear();
  else if ((event.key === 'Enter' || event.key === ' ') && options.activate && active >= 0) options.activate(items[active]!);
  else return;
  event.preventDefault();
}

/** A team's row as the team charts need it. */
interface TeamLike {
  readonly teamId: string;
  readonly shortName: string;
}

/**
 * The team name on the category axis: bold when the team is highlighted (from the map or the chart); the
 * pointer over it highlights the team too. `after` writes a note right of the axis (e.g. "afgeschermd").
 */
export function TeamTick(props: YAxisTickContentProps & { rows: readonly TeamLike[]; teams: ReadonlySet<string>; after?: (teamId: string) => string | null; onEnter: (id: string) => void }) {
  const row = props.rows.find((r) => r.teamId === props.payload.value);
  if (!row) return null;
  const highlighted = props.teams.has(row.teamId);
  const x = Number(props.x);
  const y = Number(props.y);
  const note = props.after?.(row.teamId) ?? null;
  const lines = splitLabel(row.shortName);
  return (
    <g className="team-tick" data-team={row.teamId} data-highlighted={highlighted ? 'true' : 'false'} onMouseEnter={() => props.onEnter(row.teamId)}>
      <text x={x - 6} y={y} dy={lines.length === 1 ? '0.35em' : '-0.2em'} textAnchor="end" fontSize={12} fontWeight={highlighted ? 700 : 400} fill={highlighted ? CHART_COLOURS.emphasis : CHART_COLOURS.axis}>
        {lines.map((line, i) => (
          <tspan key={line} x={x - 6} dy={i === 0 ? undefined : '1.1em'}>
            {line}
          </tspan>
        ))}
      </text>
      {note && (
        <text x={x + 6} y={y} dy="0.35em" fontSize={11} fontStyle="italic" fill={CHART_COLOURS.axis} data-testid="team-note">
          {note}
        </text>
      )}
    </g>
  );
}

/** A long axis label on two lines, split at the space nearest its middle ("Zuidelijke / Rand"). */
export function splitLabel(label: string, max = 11): string[] {
  if (label.length <= max || !label.includes(' ')) return [label];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  const cut = spaces.reduce((best, i) => (Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best), spaces[0]!);
  return [label.slice(0, cut), label.slice(cut + 1)];
}

/** A team's bar: a thicker dark outline when the team is highlighted (one of `teams`). */
export function TeamBar(props: BarShapeProps & { series: string; teams: ReadonlySet<string> }) {
  const row = props.payload as TeamLike | undefined;
  if (!row || !(props.width > 0) || !(props.height > 0)) return null;
  const highlighted = props.teams.has(row.teamId);
  return (
    <rect
      className="team-bar"
      data-testid="team-bar"
      data-team={row.teamId}
      data-series={props.series}
      data-value={typeof props.value === 'number' ? props.value : undefined}
      data-highlighted={highlighted ? 'true' : 'false'}
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      rx={2}
      fill={props.fill}
      fillOpacity={highlighted ? 1 : 0.88}
      stroke={highlighted ? CHART_COLOURS.emphasis : 'none'}
      strokeWidth={highlighted ? 2 : 0}
    />
  );
}

/**
 * The plot of a chart as one tab stop (`rovingKeyDown` moves through its elements); the pointer or the
 * focus leaving it lets go of the highlight. `onFocusedChange` says whether the keyboard is in it.
 */
export function PlotGroup(props: { label: string; hintId: string; onKeyDown: (e: KeyboardEvent) => void; onFocusedChange: (focused: boolean) => void; onLeave: () => void; children: ReactNode }) {
  const { label, hintId, onKeyDown, onFocusedChange, onLeave, children } = props;
  return (
    <div
      className="chart-plot"
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusedChange(true)}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget)) return;
        onFocusedChange(false);
        onLeave();
      }}
      onMouseLeave={onLeave}
    >
      {children}
    </div>
  );
}

/** The line under a chart saying what is highlighted, read out while the chart has keyboard focus. */
export function Readout({ text, placeholder, live }: { text: string; placeholder: string; live: boolean }) {
  return (
    <p className={`chart-readout${text ? '' : ' empty'}`} aria-live={live ? 'polite' : 'off'} data-testid="chart-readout">
      {text || placeholder}
    </p>
  );
}
