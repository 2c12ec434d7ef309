import { stringify } from "csv-stringify";
import { formatDay } from "../format";
import { EXPORT_COLUMNS, exportCells, type ExportColumn, type ExportRow } from "../domain/agreement-columns";
import { sanitizeCell } from "../domain/cell-formula-escape";
import { toWebStream, waitForDrain } from "./web-stream";

/** One CSV record: dates as YYYY-MM-DD, every text cell neutralised against formula injection. */
export function csvRecord(row: ExportRow): Record<ExportColumn, string> {
  const cells = exportCells(row);
  const out = {} as Record<ExportColumn, string>;
  for (const column of EXPORT_COLUMNS) {
    const value = cells[column];
    out[column] =
      value === null ? "" : value instanceof Date ? formatDay(value) : typeof value === "number" ? String(value) : sanitizeCell(value);
  }
  return out;
}

/**
 * The agreements as CSV, written batch by batch as the database yields them: UTF-8 with a
 * byte-order mark (without it Excel reads the file as the local ANSI code page and garbles
 * Cyrillic and Azerbaijani letters), CRLF line ends, a header row of the given labels (the
 * reader's language, or the machine names; import accepts either).
 */
export function agreementsCsvStream(
  batches: AsyncIterable<readonly ExportRow[]>,
  options: { header: Record<ExportColumn, string> },
): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: EXPORT_COLUMNS.map((key) => ({ key, header: sanitizeCell(options.header[key]) })),
    record_delimiter: "windows",
  });
  void (async () => {
    try {
      for await (const batch of batches) {
        for (const row of batch) {
          if (stringifier.destroyed) return;
          if (!stringifier.write(csvRecord(row))) await waitForDrain(stringifier);
        }
      }
      stringifier.end();
    } catch (error) {
      console.error("CSV export failed", error);
      stringifier.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return toWebStream(stringifier);
}
