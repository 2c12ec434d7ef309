import type { Pdf } from "./pdf-document";

type Cell = string | { text: string; fill?: string; color?: string; bold?: boolean };

/**
 * A table with a shaded, bold header row, in the house style. pdfkit's table splits rows over
 * pages by itself; widths are points or "*" (share of what is left).
 */
export function drawTable(
  doc: Pdf,
  options: { widths: (number | string)[]; header: string[]; rows: Cell[][]; fontSize?: number },
): void {
  const size = options.fontSize ?? 8;
  const toCell = (cell: Cell, header: boolean) => {
    const c = typeof cell === "string" ? { text: cell } : cell;
    return {
      text: c.text,
      type: header ? ("TH" as const) : ("TD" as const),
      // Only bold cells name a font: a font on every cell makes pdfkit's table many times slower.
      ...(header || c.bold ? { font: { src: "bold" } } : {}),
      ...(header ? { backgroundColor: "#e2e8f0" } : c.fill ? { backgroundColor: c.fill } : {}),
      ...(c.color ? { textColor: c.color } : {}),
    };
  };
  doc.font("regular").fontSize(size).fillColor("#0f172a");
  doc.table({
    position: { x: doc.page.margins.left },
    columnStyles: options.widths,
    defaultStyle: { border: 0.5, borderColor: "#cbd5e1", padding: 3 },
    data: [options.header.map((h) => toCell(h, true)), ...options.rows.map((r) => r.map((c) => toCell(c, false)))],
  });
  doc.x = doc.page.margins.left;
}
