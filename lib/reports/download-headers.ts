/** Headers of every file download: attachment with a plain ASCII name, never cached. */
export function downloadHeaders(contentType: string, filename: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    // Exports carry what the signed-in user may see: no shared caches, no stale copies.
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  });
}

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_TYPE = "application/pdf";

export const todayStamp = (now = new Date()) => now.toISOString().slice(0, 10);
