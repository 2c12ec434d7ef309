// Real evidence files for tests: a PDF with text (pdfkit, DejaVu Sans for ə, ş, Қ, ң) and DOCX files
// (a zip with word/document.xml, as Word writes it), including a zip bomb.
import PDFDocument from "pdfkit";
import { zipSync, strToU8 } from "fflate";
import { FONT_REGULAR } from "../../lib/reports/pdf/pdf-document";

export function pdfWithText(lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 50 });
    const parts: Buffer[] = [];
    doc.on("data", (d: Buffer) => parts.push(d));
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.on("error", reject);
    doc.registerFont("regular", FONT_REGULAR);
    doc.font("regular").fontSize(12);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A minimal DOCX: one paragraph per line, a run split in two as Word often does. */
export function docxWithText(paragraphs: readonly string[]): Buffer {
  const body = paragraphs
    .map((p) => {
      const half = Math.floor(p.length / 2);
      return `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p.slice(0, half))}</w:t></w:r><w:r><w:t>${xmlEscape(p.slice(half))}</w:t></w:r></w:p>`;
    })
    .join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return Buffer.from(zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": strToU8(document) }, { level: 6 }));
}

/** A DOCX whose document.xml inflates to `megabytes` MB of spaces from a few hundred kilobytes. */
export function docxZipBomb(megabytes: number): Buffer {
  const filler = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  return Buffer.from(zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": filler }, { level: 9 }));
}
