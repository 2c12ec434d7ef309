import path from "node:path";
import PDFDocument from "pdfkit";
import { toWebStream } from "../web-stream";

// DejaVu Sans ships through npm (dejavu-fonts-ttf): pdfkit's built-in Helvetica has no glyphs for
// ə, ş, Қ, ң, ө... and silently prints garbage in their place.
const FONT_DIR = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
export const FONT_REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
export const FONT_BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

export type Pdf = PDFKit.PDFDocument;

/**
 * Translates a catalog key (next-intl's `t`, passed in so the renderers stay framework-free), and
 * names the reader's language, in which the document writes its dates and numbers.
 */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & { readonly locale: string };

export const PAGE_MARGIN = 48;

export function createPdf(info: { title: string; subject?: string }): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE_MARGIN,
    font: FONT_REGULAR,
    lang: "en",
    displayTitle: true,
    info: { Title: info.title, Subject: info.subject ?? "", Author: "Accord", Creator: "Accord" },
  });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  doc.font("regular");
  return doc;
}

/** Ends the document and streams it to the client as pdfkit writes it out. */
export function pdfStream(doc: Pdf): ReadableStream<Uint8Array> {
  const stream = toWebStream(doc);
  doc.end();
  return stream;
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function heading(doc: Pdf, text: string, size = 14): void {
  doc.moveDown(0.8).font("bold").fontSize(size).fillColor("#0f172a").text(text, doc.page.margins.left);
  doc.moveDown(0.3).font("regular").fontSize(9).fillColor("#0f172a");
}

/** A note line in grey (e.g. "showing 500 of 812"). */
export function note(doc: Pdf, text: string): void {
  doc.font("regular").fontSize(8).fillColor("#475569").text(text, doc.page.margins.left).fillColor("#0f172a");
}

export { SEVERITY_FILL, STATUS_FILL } from "../report-colours";
