// Scaling and stacking for the campaign page's small SVG charts (no chart library).

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1), so axes end on round numbers. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}

/** A y axis for values up to `highest`: a round step (1, 2, 5 × 10ⁿ, at least 1), at most `count` steps, the top a whole step. */
export function axis(highest: number, count = 4): { max: number; ticks: number[] } {
  const step = niceMax(Math.max(1, highest) / count);
  const max = Math.max(step, Math.ceil(highest / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return { max, ticks };
}

export interface StackSegment<K extends string> {
  key: K;
  /** Bottom and top in data units. */
  from: number;
  to: number;
}

/** Each row's values on top of each other, in the order of `keys` (negative or missing values count as 0). */
export function stack<K extends string>(rows: readonly Partial<Record<K, number>>[], keys: readonly K[]): StackSegment<K>[][] {
  return rows.map((row) => {
    let base = 0;
    return keys.map((key) => {
      const value = Math.max(0, row[key] ?? 0);
      const segment = { key, from: base, to: base + value };
      base += value;
      return segment;
    });
  });
}

/** The largest stacked total of the rows. */
export function stackedMax<K extends string>(rows: readonly Partial<Record<K, number>>[], keys: readonly K[]): number {
  return rows.reduce((max, row) => Math.max(max, keys.reduce((sum, k) => sum + Math.max(0, row[k] ?? 0), 0)), 0);
}

/** A value 0…max onto pixels: 0 at `bottom`, max at `top` (SVG y grows downwards). */
export function scaleY(value: number, max: number, top: number, bottom: number): number {
  if (max <= 0) return bottom;
  return bottom - (Math.min(value, max) / max) * (bottom - top);
}

export interface Slice<K extends string> {
  key: K;
  value: number;
  fraction: number;
  /** The SVG path of the ring segment; '' for an empty slice. */
  path: string;
}

const point = (cx: number, cy: number, r: number, angle: number) =>
  `${(cx + r * Math.sin(angle)).toFixed(2)} ${(cy - r * Math.cos(angle)).toFixed(2)}`;

/** Ring segments of a donut centred at (cx, cy), clockwise from 12 o'clock; a lone non-zero value is a full ring. */
export function donut<K extends string>(values: readonly { key: K; value: number }[], cx: number, cy: number, outer: number, inner: number): Slice<K>[] {
  const total = values.reduce((s, v) => s + Math.max(0, v.value), 0);
  let angle = 0;
  return values.map(({ key, value }) => {
    const v = Math.max(0, value);
    const fraction = total > 0 ? v / total : 0;
    if (fraction === 0) return { key, value: v, fraction, path: '' };
    if (fraction >= 0.9999) {
      // Two half arcs: an arc from a point to itself draws nothing.
      const path = `M ${point(cx, cy, outer, 0)} A ${outer} ${outer} 0 1 1 ${point(cx, cy, outer, Math.PI)} A ${outer} ${outer} 0 1 1 ${point(cx, cy, outer, 0)} `
        + `M ${point(cx, cy, inner, 0)} A ${inner} ${inner} 0 1 0 ${point(cx, cy, inner, Math.PI)} A ${inner} ${inner} 0 1 0 ${point(cx, cy, inner, 0)} Z`;
      angle += 2 * Math.PI;
      return { key, value: v, fraction, path };
    }
    const start = angle;
    const end = angle + fraction * 2 * Math.PI;
    angle = end;
    const large = end - start > Math.PI ? 1 : 0;
    const path = `M ${point(cx, cy, outer, start)} A ${outer} ${outer} 0 ${large} 1 ${point(cx, cy, outer, end)} `
      + `L ${point(cx, cy, inner, end)} A ${inner} ${inner} 0 ${large} 0 ${point(cx, cy, inner, start)} Z`;
    return { key, value: v, fraction, path };
  });
}

/** The share of a gauge filled: value / limit, held to 0…1 (0 when there is no limit). */
export const gaugeFraction = (value: number, limit: number) => (limit > 0 ? Math.min(1, Math.max(0, value / limit)) : 0);

/** "14:05" labels for timeline buckets, every `every`-th one (others ''). */
export function timeLabels(isoTimes: readonly string[], every: number): string[] {
  return isoTimes.map((iso, i) => {
    if (i % every !== 0) return '';
    const d = new Date(iso);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  });
}

/** Every bucket of the window ending at `now`, oldest first: the server's points where it has them (it sends only buckets
 * with attempts), zeros elsewhere, so an hour's chart always spans the hour. Buckets start on whole multiples of `bucketSeconds`. */
export function fillTimeline<P extends { at: string }>(points: readonly P[], now: number, minutes: number, bucketSeconds: number,
  empty: (at: string) => P): P[] {
  const size = Math.max(1, bucketSeconds) * 1000;
  const count = Math.max(1, Math.ceil((minutes * 60_000) / size));
  const last = Math.floor(now / size) * size;
  const byStart = new Map<number, P>();
  for (const p of points) {
    const start = Math.floor(new Date(p.at).getTime() / size) * size;
    if (Number.isFinite(start)) byStart.set(start, p);
  }
  const filled: P[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const start = last - i * size;
    filled.push(byStart.get(start) ?? empty(new Date(start).toISOString()));
  }
  return filled;
}
