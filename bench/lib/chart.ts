// A self-contained horizontal grouped bar chart in plain SVG (no dependencies), readable on
// GitHub: title, axis with ticks and label, a legend, every value printed at the end of its bar
// with its series name (so colour is never the only cue), and a <title>/<desc> text alternative.

export type BarChart = {
  title: string;
  subtitle?: string;
  axisLabel: string;
  series: readonly { name: string; color: string }[];
  groups: readonly { label: string; values: readonly (number | null)[] }[];
  format?: (value: number) => string;
  /** Printed after each bar's value, e.g. "ms" or "MiB". */
  unit?: string;
  /** e.g. the target "3 x floor p95", drawn as dashed lines with their labels. */
  references?: readonly { value: number; label: string }[];
  footnote?: string;
};

const WIDTH = 900;
const LEFT = 300;
const RIGHT = 150;
const BAR = 18;
const GROUP_GAP = 16;

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => raw <= s);
  return step ?? 10 * power;
}

export function barChartSvg(chart: BarChart): string {
  const format = chart.format ?? ((v: number) => (v >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(1)));
  const footnote = chart.footnote ? wrap(chart.footnote, 140) : [];
  const values = chart.groups.flatMap((g) => g.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const references = chart.references ?? [];
  const max = Math.max(1e-9, ...values, ...references.map((r) => r.value));
  const step = niceStep(max, 5);
  const axisMax = Math.ceil(max / step) * step;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (v: number) => LEFT + (v / axisMax) * plotWidth;

  const top = 92 + references.length * 14;
  const groupHeight = chart.series.length * BAR + GROUP_GAP;
  const plotHeight = chart.groups.length * groupHeight;
  const axisY = top + plotHeight;
  const height = axisY + 58 + footnote.length * 15;
  const out: string[] = [];
  const desc = chart.groups
    .map((g) => `${g.label}: ${g.values.map((v, i) => `${chart.series[i].name} ${v === null ? "n/a" : format(v)}`).join(", ")}`)
    .join("; ");

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="t d" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<title id="t">${escapeXml(chart.title)}</title>`,
    `<desc id="d">${escapeXml(`${chart.subtitle ?? ""} ${desc} (${chart.axisLabel})`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="18" font-weight="bold" fill="#0f172a">${escapeXml(chart.title)}</text>`,
  );
  if (chart.subtitle) out.push(`<text x="16" y="50" font-size="12" fill="#475569">${escapeXml(chart.subtitle)}</text>`);
  chart.series.forEach((s, i) => {
    const lx = LEFT + i * 160;
    out.push(
      `<rect x="${lx}" y="62" width="14" height="14" fill="${s.color}"/>`,
      `<text x="${lx + 20}" y="74" font-size="12" fill="#0f172a">${escapeXml(s.name)}</text>`,
    );
  });

  for (let t = 0; t <= axisMax + step / 2; t += step) {
    out.push(
      `<line x1="${x(t)}" y1="${top - 4}" x2="${x(t)}" y2="${axisY}" stroke="#e2e8f0"/>`,
      `<text x="${x(t)}" y="${axisY + 16}" font-size="11" text-anchor="middle" fill="#475569">${escapeXml(format(t))}</text>`,
    );
  }
  out.push(
    `<line x1="${LEFT}" y1="${axisY}" x2="${LEFT + plotWidth}" y2="${axisY}" stroke="#64748b"/>`,
    `<line x1="${LEFT}" y1="${top - 4}" x2="${LEFT}" y2="${axisY}" stroke="#64748b"/>`,
    `<text x="${LEFT + plotWidth / 2}" y="${axisY + 38}" font-size="12" text-anchor="middle" fill="#0f172a">${escapeXml(chart.axisLabel)}</text>`,
  );

  chart.groups.forEach((g, gi) => {
    const gy = top + gi * groupHeight;
    out.push(
      `<text x="${LEFT - 10}" y="${gy + (chart.series.length * BAR) / 2 + 4}" font-size="12" text-anchor="end" fill="#0f172a">${escapeXml(g.label)}</text>`,
    );
    g.values.forEach((v, si) => {
      const y = gy + si * BAR;
      const s = chart.series[si];
      if (v === null || !Number.isFinite(v)) {
        out.push(`<text x="${LEFT + 6}" y="${y + 13}" font-size="11" fill="#475569">${escapeXml(`${s.name}: not measured`)}</text>`);
        return;
      }
      out.push(
        `<rect x="${LEFT}" y="${y + 2}" width="${Math.max(1, x(v) - LEFT)}" height="${BAR - 4}" fill="${s.color}"/>`,
        `<text x="${x(v) + 6}" y="${y + 13}" font-size="11" fill="#0f172a">${escapeXml(`${s.name}: ${format(v)}${chart.unit ? ` ${chart.unit}` : ""}`)}</text>`,
      );
    });
  });

  references.forEach((r, i) => {
    const rx = x(r.value);
    const ly = top - 8 - (references.length - 1 - i) * 14;
    const anchor = rx > LEFT + plotWidth * 0.6 ? "end" : "start";
    out.push(
      `<line x1="${rx}" y1="${ly}" x2="${rx}" y2="${axisY}" stroke="#b91c1c" stroke-width="1.5" stroke-dasharray="${i ? "2 3" : "6 4"}"/>`,
      `<text x="${anchor === "end" ? rx - 4 : rx + 4}" y="${ly + 2}" font-size="11" text-anchor="${anchor}" fill="#b91c1c">${escapeXml(r.label)}</text>`,
    );
  });
  footnote.forEach((line, i) => {
    out.push(`<text x="16" y="${axisY + 62 + i * 15}" font-size="11" fill="#475569">${escapeXml(line)}</text>`);
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}

/** Breaks text into lines of at most `width` characters at spaces (SVG text does not wrap). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Colour-blind-safe pair/triple (Okabe-Ito). */
export const SERIES_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"] as const;
