"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { Rag } from "@/lib/domain/vocabulary";

/** Chart colours per RAG, dark enough to read on white and to survive greyscale printing. */
export const RAG_HEX: Record<Rag, string> = {
  red: "#b91c1c",
  amber: "#d97706",
  green: "#047857",
  blue: "#0369a1",
  grey: "#64748b",
};
const NEUTRAL = "#1e40af";

export type ChartBar = { key: string; name: string; value: number; rag?: Rag };

const WIDTH = 560;

/**
 * A horizontal bar chart with every bar named on its axis and its value printed beside it, so it
 * reads without hover, colour or a screen. The figure is one image to assistive technology: its
 * label carries the numbers, and the table next to it carries the links.
 */
export function DashboardBarChart({ label, bars, testId }: { label: string; bars: readonly ChartBar[]; testId: string }) {
  const height = 24 + bars.length * 34;
  return (
    <div
      role="img"
      aria-label={label}
      data-testid={testId}
      // Fixed drawing size scaled down by CSS (the SVG has a viewBox), so print layout never clips it.
      className="w-full overflow-hidden [&_.recharts-surface]:h-auto [&_.recharts-surface]:max-w-full [&_.recharts-wrapper]:h-auto! [&_.recharts-wrapper]:max-w-full!"
    >
      <BarChart
        width={WIDTH}
        height={height}
        data={[...bars]}
        layout="vertical"
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} stroke="#94a3b8" />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12, fill: "#0f172a" }} stroke="#94a3b8" />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          barSize={20}
          shape={(props: BarShapeProps) => {
            const rag = bars[props.index]?.rag;
            return <Rectangle {...props} fill={rag ? RAG_HEX[rag] : NEUTRAL} />;
          }}
        >
          <LabelList dataKey="value" position="right" fill="#0f172a" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
