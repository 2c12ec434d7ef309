import { clsx } from "clsx";
import { STATUS_RAG, type AgreementStatus, type Rag } from "@/lib/domain/vocabulary";

export const RAG_CLASSES: Record<Rag, string> = {
  red: "bg-red-100 text-red-900 ring-red-300",
  amber: "bg-amber-100 text-amber-900 ring-amber-300",
  green: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  blue: "bg-sky-100 text-sky-900 ring-sky-300",
  grey: "bg-slate-100 text-slate-800 ring-slate-300",
};

const RAG_SYMBOL: Record<Rag, string> = { red: "■", amber: "▲", green: "●", blue: "✓", grey: "○" };

/** Status as text with a colour and a shape, so it never relies on colour alone. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  const rag = STATUS_RAG[status as AgreementStatus] ?? "grey";
  return (
    <span
      data-status={status}
      className={clsx("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1", RAG_CLASSES[rag])}
    >
      <span aria-hidden="true">{RAG_SYMBOL[rag]}</span>
      {label}
    </span>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-2 w-20 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-blue-700" style={{ width: `${value}%` }} />
      </div>
      <span className="tabular-nums">{value}%</span>
    </div>
  );
}
