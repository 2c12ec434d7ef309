"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { STATUS_RAG, type AgreementStatus } from "@/lib/domain/vocabulary";
import { RAG_HEX } from "./dashboard-bar-chart";

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

export function DashboardTrendChart({
  label,
  rows,
  series,
}: {
  label: string;
  rows: readonly TrendRow[];
  series: readonly { status: AgreementStatus; name: string }[];
}) {
  return (
    <div>
      <div
        role="img"
        aria-label={label}
        data-testid="dash-trend-chart"
        className="w-full overflow-hidden [&_.recharts-surface]:h-auto [&_.recharts-surface]:max-w-full [&_.recharts-wrapper]:h-auto! [&_.recharts-wrapper]:max-w-full!"
      >
        <LineChart width={WIDTH} height={HEIGHT} data={[...rows]} margin={{ top: 8, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="weekEnd" tick={{ fontSize: 11, fill: "#334155" }} stroke="#94a3b8" minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} stroke="#94a3b8" width={40} />
          {series.map((s) => (
            <Line
              key={s.status}
              dataKey={s.status}
              name={s.name}
              type="linear"
              stroke={RAG_HEX[STATUS_RAG[s.status]]}
              strokeWidth={2.5}
              strokeDasharray={DASH[s.status]}
              dot={{ r: 2.5 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      {/* Our own legend: plain HTML text beside a sample of each line, legible on paper. */}
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
        {series.map((s) => (
          <li key={s.status} className="inline-flex items-center gap-2">
            <svg width="36" height="10" viewBox="0 0 36 10">
              <line
                x1="0"
                y1="5"
                x2="36"
                y2="5"
                stroke={RAG_HEX[STATUS_RAG[s.status]]}
                strokeWidth="2.5"
                strokeDasharray={DASH[s.status]}
              />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
