import { clsx } from "clsx";
import type { Severity } from "@/lib/domain/vocabulary";

export const SEVERITY_CLASSES: Record<Severity, string> = {
  none: "bg-slate-50 text-slate-700 ring-slate-200",
  low: "bg-lime-50 text-lime-900 ring-lime-300",
  medium: "bg-amber-100 text-amber-900 ring-amber-300",
  high: "bg-orange-200 text-orange-950 ring-orange-400",
  critical: "bg-red-700 text-white ring-red-800",
};

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span
      data-severity={severity}
      className={clsx("inline-block rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1", SEVERITY_CLASSES[severity])}
    >
      {label}
    </span>
  );
}
