"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

type Format = "csv" | "xlsx";
type State =
  | { kind: "idle" }
  | { kind: "running"; format: Format; bytes: number; rows: number; total: number | null }
  | { kind: "done"; filename: string; rows: number | null }
  | { kind: "error"; message: string };

const SCOPE_KEYS = ["visit", "area", "side"] as const;
const NEWLINE = 10;

/**
 * Export of the current table view (the same filters and sort, every row). Downloads with fetch
 * and reads the stream so that a long export shows how far it got, then saves the file.
 * `query` is the table's current URL query string.
 */
export function ExportMenu({ query }: { query: string }) {
  const t = useTranslations("reports.export");
  // Counts and sizes in the reader's number format (1 234,5 in Kazakh, 1.234,5 in Azerbaijani).
  const format = useFormatter();
  const megabytes = (bytes: number) => format.number(bytes / 1_048_576, { minimumFractionDigits: bytes < 1_048_576 ? 2 : 1, maximumFractionDigits: bytes < 1_048_576 ? 2 : 1 });
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const params = new URLSearchParams(query);
  params.delete("page");
  params.delete("size");
  const scope = new URLSearchParams();
  for (const key of SCOPE_KEYS) for (const v of params.getAll(key)) scope.append(key, v);
  const reportHref = `/reports/status${scope.size ? `?${scope.toString()}` : ""}`;

  async function download(format: Format) {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", format, bytes: 0, rows: 0, total: null });
    try {
      const exportParams = new URLSearchParams(params);
      exportParams.set("format", format);
      const response = await fetch(`/api/exports/agreements?${exportParams.toString()}`, { signal: controller.signal });
      if (!response.ok || !response.body) {
        setState({ kind: "error", message: t(response.status === 401 ? "unauthenticated" : response.status === 403 ? "forbidden" : "failed") });
        return;
      }
      const totalHeader = Number(response.headers.get("X-Total-Rows"));
      const total = Number.isFinite(totalHeader) && response.headers.has("X-Total-Rows") ? totalHeader : null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let newlines = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.byteLength;
        // CSV: one line per row after the header (a note with line breaks only makes it run ahead,
        // hence the cap at the total).
        if (format === "csv") for (const byte of value) if (byte === NEWLINE) newlines++;
        const rows = format === "csv" ? Math.min(Math.max(0, newlines - 1), total ?? Infinity) : 0;
        setState({ kind: "running", format, bytes, rows, total });
      }
      const filename = filenameOf(response.headers.get("Content-Disposition")) ?? `accord-agreements.${format}`;
      const blob = new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "done", filename, rows: total });
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === "AbortError";
      setState(aborted ? { kind: "idle" } : { kind: "error", message: t("failed") });
    } finally {
      abort.current = null;
    }
  }

  const running = state.kind === "running";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="export-menu">
      <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-slate-700" aria-hidden="true">
          {t("label")}
        </span>
        {(["csv", "xlsx"] as const).map((format) => (
          <button
            key={format}
            type="button"
            disabled={running}
            onClick={() => void download(format)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50"
          >
            {t(format)}
          </button>
        ))}
        <Link href={reportHref} className="rounded-md px-3 py-1.5 text-sm font-medium text-blue-800 underline hover:bg-slate-50">
          {t("statusReport")}
        </Link>
      </div>
      {running ? (
        <div className="flex items-center gap-2 text-sm">
          <progress
            className="h-2 w-40"
            aria-label={t("progressLabel", { format: state.format.toUpperCase() })}
            max={state.format === "csv" && state.total ? state.total : undefined}
            value={state.format === "csv" && state.total ? state.rows : undefined}
          />
          <span data-testid="export-progress" className="tabular-nums">
            {state.format === "csv" && state.total !== null
              ? t("rowsOf", { rows: format.number(state.rows), total: format.number(state.total), size: megabytes(state.bytes) })
              : t("received", { size: megabytes(state.bytes) })}
          </span>
          <button type="button" onClick={() => abort.current?.abort()} className="rounded border border-slate-300 px-2 py-0.5 text-xs">
            {t("cancel")}
          </button>
        </div>
      ) : null}
      <p aria-live="polite" className="text-sm" data-testid="export-status">
        {state.kind === "done" ? t("done", { filename: state.filename }) : null}
        {state.kind === "error" ? <span className="text-red-700">{state.message}</span> : null}
        {running ? t("started", { format: state.format.toUpperCase() }) : null}
      </p>
    </div>
  );
}

function filenameOf(disposition: string | null): string | null {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? null;
}
