// Axis arithmetic for the dashboard's charts, drawn as SVG on the server (no charting library in
// the browser). Pure, so that it is tested on its own.

/**
 * Round tick values from 0 to at least `max`: steps of 1, 2, 2.5 or 5 times a power of ten, about
 * `count` of them, integers only (the charts count agreements).
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => raw <= s) ?? 10 * power);
  const whole = Number.isInteger(step) ? step : Math.ceil(step);
  const top = Math.ceil(max / whole) * whole;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += whole) ticks.push(v);
  return ticks;
}

/**
 * Which of `n` evenly spaced category labels to print so that none overlaps the next: every k-th,
 * always the first, and the last when it has room.
 */
export function labelIndexes(n: number, plotWidth: number, labelWidth: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [0];
  const gap = plotWidth / (n - 1);
  const every = Math.max(1, Math.ceil(labelWidth / gap));
  const shown: number[] = [];
  for (let i = 0; i < n; i += every) shown.push(i);
  const last = n - 1;
  if (shown.at(-1) !== last && (last - shown.at(-1)!) * gap >= labelWidth) shown.push(last);
  return shown;
}
