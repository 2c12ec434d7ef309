import type { Rag } from "@/lib/domain/vocabulary";
import { niceTicks } from "@/lib/domain/chart-scale";

/** Chart colours per RAG, dark enough to read on white and to survive greyscale printing. */
export const RAG_HEX: Record<Rag, string> = {
  red: "#b91c1c",
  amber: "#d97706",
  green: "#047857",
  blue: "#0369a1",
  grey: "#64748b",
};
const NEUTRAL = "#1e40af";
export const AXIS = { line: "#94a3b8", grid: "#e2e8f0", tick: "#334155", label: "#0f172a" } as const;

export type ChartBar = { key: string; name: string; value: number; rag?: Rag };

const WIDTH = 560;
const LABELS = 190;
const LEFT = 4 + LABELS;
const RIGHT = WIDTH - 40;
const TOP = 4;
const BAND = 34;
const BAR = 20;
const AXIS_HEIGHT = 28;

/**
 * A horizontal bar chart with every bar named on its axis and its value printed beside it, so it
 * reads without hover, colour or a screen. Drawn on the server as plain SVG: no script, nothing
 * for the browser to download beyond the markup. The figure is one image to assistive technology:
 * its label carries the numbers, and the table next to it carries the links.
 */
export function DashboardBarChart({ label, bars, testId }: { label: string; bars: readonly ChartBar[]; testId: string }) {
  const plotBottom = TOP + bars.length * BAND;
  const height = plotBottom + AXIS_HEIGHT;
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks.at(-1)!;
  const x = (v: number) => LEFT + (v / top) * (RIGHT - LEFT);
  return (
    <div role="img" aria-label={label} data-testid={testId} className="w-full">
      {/* A viewBox and no fixed size: it scales down to its box, on a phone and on paper. */}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart-surface h-auto w-full max-w-[560px]" fontSize="12" aria-hidden="true">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={TOP} y2={plotBottom} stroke={AXIS.grid} />
            <text x={x(v)} y={plotBottom + 18} textAnchor="middle" fill={AXIS.tick}>
              {v}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={RIGHT} y1={plotBottom} y2={plotBottom} stroke={AXIS.line} />
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={plotBottom} stroke={AXIS.line} />
        {bars.map((bar, i) => {
          const middle = TOP + i * BAND + BAND / 2;
          return (
            <g key={bar.key}>
              <text x={LEFT - 8} y={middle} dominantBaseline="middle" textAnchor="end" fill={AXIS.label}>
                {bar.name}
              </text>
              <rect x={LEFT} y={middle - BAR / 2} width={Math.max(0, x(bar.value) - LEFT)} height={BAR} fill={bar.rag ? RAG_HEX[bar.rag] : NEUTRAL} />
              <text x={x(bar.value) + 6} y={middle} dominantBaseline="middle" fill={AXIS.label}>
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
