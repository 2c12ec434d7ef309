import type { Pdf } from "./pdf-document";

export type RowCell = { text: string; bold?: boolean; fill?: string; color?: string };

const PAD = 3;

/**
 * One table row drawn by hand, only if it fits above `bottom`: the agreement PDF must stay on one
 * page, which pdfkit's own table (it breaks pages by itself) cannot promise. Returns whether it
 * was drawn. Cell text longer than `maxLines` lines is cut with an ellipsis.
 */
export function fitRow(
  doc: Pdf,
  widths: readonly number[],
  cells: readonly (string | RowCell)[],
  options: { bottom: number; size?: number; maxLines?: number; header?: boolean },
): boolean {
  const size = options.size ?? 8;
  const maxHeight = (options.maxLines ?? 4) * doc.fontSize(size).currentLineHeight(true);
  const normalized = cells.map((c) => (typeof c === "string" ? { text: c } : c));
  const heights = normalized.map((c, i) => {
    doc.font(c.bold || options.header ? "bold" : "regular").fontSize(size);
    return Math.min(maxHeight, doc.heightOfString(c.text || " ", { width: widths[i] - 2 * PAD }));
  });
  const height = Math.max(...heights) + 2 * PAD;
  const top = doc.y;
  if (top + height > options.bottom) return false;

  let x = doc.page.margins.left;
  normalized.forEach((c, i) => {
    const fill = options.header ? "#e2e8f0" : c.fill;
    if (fill) doc.rect(x, top, widths[i], height).fill(fill);
    doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor("#cbd5e1").stroke();
    doc
      .font(c.bold || options.header ? "bold" : "regular")
      .fontSize(size)
      .fillColor(c.color ?? "#0f172a")
      .text(c.text, x + PAD, top + PAD, { width: widths[i] - 2 * PAD, height: maxHeight, ellipsis: true });
    x += widths[i];
  });
  doc.fillColor("#0f172a");
  doc.x = doc.page.margins.left;
  doc.y = top + height;
  return true;
}
