// The text of PDF and DOCX evidence, for the agreements search. Bounded everywhere: a DOCX is
// unzipped as a stream fed in small pieces, and reading stops as soon as its XML passes a limit (a
// zip bomb gets no further than that); a PDF is read page by page up to a page limit with pdf.js
// (through pdf-parse). The worker also runs this in a child process with a memory cap and a time
// limit (lib/notify/document-text.ts), so even a malformed file cannot take the worker down.
import { Unzip, UnzipInflate } from "fflate";

/** The most of a DOCX's main XML part that is read (its text is a fraction of that). */
export const DOCX_XML_LIMIT = 32 * 1024 * 1024;
/** Pages of a PDF that are read. */
export const PDF_PAGE_LIMIT = 500;
/** Characters of text kept per document: far more than any search needs. */
export const TEXT_LIMIT = 1_000_000;
/** Compressed bytes fed to the inflater at a time: one piece inflates to at most ~1,000 times that. */
const PIECE = 16 * 1024;

export class TextExtractionError extends Error {}

export async function extractDocumentText(mediaType: string, bytes: Uint8Array): Promise<string> {
  if (mediaType === "application/pdf") return limit(await pdfText(bytes));
  if (mediaType === "application/vnd.openxmlformats-officedocument.wordprocessingml.document") return limit(docxText(bytes));
  throw new TextExtractionError(`no text extraction for ${mediaType}`);
}

const limit = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, TEXT_LIMIT);

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: bytes, stopAtErrors: false });
  try {
    const info = await parser.getInfo();
    const result = await parser.getText({ first: Math.min(info.total, PDF_PAGE_LIMIT) });
    return result.text;
  } finally {
    await parser.destroy();
  }
}

/** The body text of word/document.xml: paragraphs become lines, tabs spaces. */
export function docxText(bytes: Uint8Array): string {
  const parts: Uint8Array[] = [];
  let xmlBytes = 0;
  let found = false;
  let failure: Error | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (file.name !== "word/document.xml") return;
    found = true;
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = new TextExtractionError(`the document's text part is damaged: ${error.message}`);
        return;
      }
      xmlBytes += chunk.length;
      if (xmlBytes > DOCX_XML_LIMIT) {
        failure = new TextExtractionError(`the document's text part inflates beyond ${DOCX_XML_LIMIT / 1024 / 1024} MB (a zip bomb?)`);
        file.terminate();
        return;
      }
      parts.push(chunk);
    };
    file.start();
  };
  for (let offset = 0; offset < bytes.length && !failure; offset += PIECE) {
    try {
      unzip.push(bytes.subarray(offset, offset + PIECE), offset + PIECE >= bytes.length);
    } catch (error) {
      throw new TextExtractionError(`not a readable DOCX: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failure) throw failure;
  if (!found) throw new TextExtractionError("not a DOCX: word/document.xml is missing");
  return wordXmlText(Buffer.concat(parts).toString("utf8"));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function wordXmlText(xml: string): string {
  let text = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:tab\/>|<w:br\/>/g)) {
    text += m[1] !== undefined ? m[1] : m[0] === "</w:p>" ? "\n" : " ";
  }
  const codePoint = (n: number, whole: string) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole);
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[1] === "x" || entity[1] === "X") return codePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith("#")) return codePoint(parseInt(entity.slice(1), 10), whole);
    return ENTITIES[entity] ?? whole;
  });
}
