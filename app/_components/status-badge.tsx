import { STATUS_RAG, type AgreementStatus } from "@/lib/domain/vocabulary";

/** Status as text with a colour and a shape (globals.css), so it never relies on colour alone. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span data-status={status} data-rag={STATUS_RAG[status as AgreementStatus] ?? "grey"} className="badge">
      {label}
    </span>
  );
}

/** A native progress bar (role progressbar, value 0-100) with the number beside it. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <span className="progress">
      <progress value={value} max={100} aria-label={label} />
      {`${value}%`}
    </span>
  );
}
