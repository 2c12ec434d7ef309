import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { EXPORT_COLUMNS, exportCells, type ExportColumn, type ExportRow } from "../domain/agreement-columns";
import { sanitizeCell } from "../domain/cell-formula-escape";
import { toWebStream, waitForDrain } from "./web-stream";

/** Widths in characters: wide enough for the usual content, narrow enough to scan a row. */
const WIDTHS: Record<ExportColumn, number> = {
  reference: 20,
  title: 48,
  area: 12,
  instrument_type: 15,
  status: 12,
  progress: 10,
  signed_date: 12,
  target_date: 12,
  lead_organization: 36,
  parties: 60,
  summary: 70,
  worst_severity: 14,
  next_milestone_due: 18,
  last_update_at: 14,
  last_update_by: 24,
  latest_note: 70,
  milestone_owners: 40,
};

const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The agreements as an XLSX workbook, streamed: exceljs's WorkbookWriter writes each committed
 * row into the zip as it goes, so memory stays flat however many rows there are. Cells are typed
 * (dates are dates, progress is a number); the header row is frozen and carries an autofilter.
 */
export function agreementsXlsxStream(
  batches: AsyncIterable<readonly ExportRow[]>,
  options: { sheetName: string; header: Record<ExportColumn, string> },
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName.slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    key,
    width: WIDTHS[key],
    ...(key.endsWith("_date") || key.endsWith("_due") || key.endsWith("_at") ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  const header = sheet.addRow(EXPORT_COLUMNS.map((c) => options.header[c]));
  header.font = { bold: true };
  header.commit();

  void (async () => {
    try {
      for await (const batch of batches) {
        for (const row of batch) {
          const cells = exportCells(row);
          const values = EXPORT_COLUMNS.map((c) => {
            const v = cells[c];
            return typeof v === "string" ? sanitizeCell(v) : v;
          });
          sheet.addRow(values).commit();
        }
        if (out.destroyed) return;
        await pipelineDrained(sheet, out);
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      console.error("XLSX export failed", error);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return toWebStream(out);
}

/**
 * exceljs hands each 64 KB of sheet XML to the zip compressor without waiting for it, so a
 * producer faster than deflate would pile the whole sheet up in the compressor's buffer. Between
 * batches we wait for the compressor's input (the worksheet stream's pipe, an exceljs internal
 * that is not in its types) and for our own output to drain: memory then stays at a few batches.
 */
async function pipelineDrained(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const internal = sheet as unknown as { stream?: { pipes?: unknown[] } };
  for (const pipe of internal.stream?.pipes ?? []) {
    if (isWritable(pipe)) await waitForDrain(pipe);
  }
  await waitForDrain(out);
}

function isWritable(value: unknown): value is Writable {
  return typeof value === "object" && value !== null && "write" in value && "on" in value;
}
