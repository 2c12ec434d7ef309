import { STATUS_RAG, type AgreementStatus } from "@/lib/domain/vocabulary";
import { labelIndexes, niceTicks } from "@/lib/domain/chart-scale";
import { AXIS, RAG_HEX } from "./dashboard-bar-chart";

/**
 * Each status has its own dash pattern as well as its RAG colour: not started and suspended share
 * grey, and a greyscale printout must still tell every line apart.
 */
const DASH: Record<AgreementStatus, string> = {
  not_started: "1 4",
  on_track: "",
  at_risk: "8 4",
  delayed: "3 3",
  completed: "12 3 3 3",
  suspended: "6 2 1 2",
};

export type TrendRow = { weekEnd: string } & Record<AgreementStatus, number>;

const WIDTH = 900;
const HEIGHT = 300;
const LEFT = 40;
const RIGHT = WIDTH - 24;
const TOP = 8;
const BOTTOM = HEIGHT - 36;
/** Room for one week's date at 11 px, with a gap to the next. */
const DATE_LABEL = 84;

/** The weekly status lines, drawn on the server as plain SVG (no script in the browser). */
export function DashboardTrendChart({
  label,
  rows,
  series,
}: {
  label: string;
  rows: readonly TrendRow[];
  series: readonly { status: AgreementStatus; name: string }[];
}) {
  const ticks = niceTicks(Math.max(0, ...rows.flatMap((r) => series.map((s) => r[s.status]))));
  const top = ticks.at(-1)!;
  const x = (i: number) => (rows.length > 1 ? LEFT + (i * (RIGHT - LEFT)) / (rows.length - 1) : (LEFT + RIGHT) / 2);
  const y = (v: number) => BOTTOM - (v / top) * (BOTTOM - TOP);
  const dates = labelIndexes(rows.length, RIGHT - LEFT, DATE_LABEL);
  return (
    <div>
      <div role="img" aria-label={label} data-testid="dash-trend-chart" className="w-full">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart-surface h-auto w-full max-w-[900px]" aria-hidden="true">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={RIGHT} y1={y(v)} y2={y(v)} stroke={AXIS.grid} />
              <text x={LEFT - 6} y={y(v)} dominantBaseline="middle" textAnchor="end" fontSize="12" fill={AXIS.tick}>
                {v}
              </text>
            </g>
          ))}
          {dates.map((i) => (
            <g key={i}>
              <line x1={x(i)} x2={x(i)} y1={TOP} y2={BOTTOM} stroke={AXIS.grid} />
              <text x={x(i)} y={BOTTOM + 18} textAnchor="middle" fontSize="11" fill={AXIS.tick}>
                {rows[i]!.weekEnd}
              </text>
            </g>
          ))}
          <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} stroke={AXIS.line} />
          <line x1={LEFT} x2={LEFT} y1={TOP} y2={BOTTOM} stroke={AXIS.line} />
          {series.map((s) => {
            const colour = RAG_HEX[STATUS_RAG[s.status]];
            return (
              <g key={s.status} data-series={s.status}>
                <polyline
                  points={rows.map((r, i) => `${x(i).toFixed(1)},${y(r[s.status]).toFixed(1)}`).join(" ")}
                  fill="none"
                  stroke={colour}
                  strokeWidth="2.5"
                  strokeDasharray={DASH[s.status] || undefined}
                />
                {rows.map((r, i) => (
                  <circle key={i} cx={x(i)} cy={y(r[s.status])} r="2.5" fill="#ffffff" stroke={colour} />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      {/* Our own legend: plain HTML text beside a sample of each line, legible on paper. */}
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
        {series.map((s) => (
          <li key={s.status} className="inline-flex items-center gap-2">
            <svg width="36" height="10" viewBox="0 0 36 10">
              <line x1="0" y1="5" x2="36" y2="5" stroke={RAG_HEX[STATUS_RAG[s.status]]} strokeWidth="2.5" strokeDasharray={DASH[s.status]} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
