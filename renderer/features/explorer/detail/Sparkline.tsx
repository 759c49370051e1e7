import type { TrendPoint } from './detail-selectors';

const WIDTH = 64;
const HEIGHT = 20;
const PAD = 3;

/**
 * A tiny trend line over all periods (inline SVG): gaps where a value is not shown, a dot per shown value,
 * the view's period as a larger dot. Decorative: the row carries the values as text.
 */
export function Sparkline({ points, period }: { points: readonly TrendPoint[]; period: number }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return <svg className="sparkline" width={WIDTH} height={HEIGHT} aria-hidden="true" />;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => (hi === lo ? HEIGHT / 2 : HEIGHT - PAD - ((v - lo) * (HEIGHT - 2 * PAD)) / (hi - lo));
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'} ${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" data-testid="sparkline">
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="#457b9d" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : <circle key={p.period} cx={x(i)} cy={y(p.value)} r={p.period === period ? 2.6 : 1.6} fill={p.period === period ? '#1d3557' : '#457b9d'} />,
      )}
    </svg>
  );
}
