import type { Severity } from "@/lib/domain/vocabulary";

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span data-severity={severity} className="severity">
      {label}
    </span>
  );
}
