// Text extraction for the search: real PDF and DOCX files, a zip bomb, broken files, and the
// worker's child process with its memory cap.
import { describe, expect, it } from "vitest";
import { DOCX_XML_LIMIT, docxText, extractDocumentText, TextExtractionError, wordXmlText } from "@/lib/domain/document-text";
import { MEDIA_TYPES } from "@/lib/domain/document-type";
import { runExtraction } from "@/lib/notify/document-text";
import { docxWithText, docxZipBomb, pdfWithText } from "../support/evidence-files";

const LINES = ["Protokol: Bakı–Aktau bərə xəttinin genişləndirilməsi", "Ақтау портындағы контейнерлік хаб", "Minutes & decisions <final>"];

describe("document text", { timeout: 60_000 }, () => {
  it("reads a PDF's text, Azerbaijani and Kazakh letters included", async () => {
    const text = await extractDocumentText(MEDIA_TYPES.pdf, await pdfWithText(LINES));
    for (const line of LINES) expect(text).toContain(line);
  });

  it("reads a DOCX's paragraphs, runs joined, entities decoded", async () => {
    const text = await extractDocumentText(MEDIA_TYPES.docx, docxWithText(LINES));
    expect(text).toBe(LINES.join(" "));
    expect(wordXmlText('<w:p><w:r><w:t>A&#x2013;B &#1178;</w:t><w:tab/><w:t>&amp;&#99999999;</w:t></w:r></w:p>')).toBe("A–B Қ &&#99999999;\n");
  });

  it("stops a DOCX zip bomb at the limit instead of inflating it", () => {
    const bomb = docxZipBomb(DOCX_XML_LIMIT / 1024 / 1024 + 64);
    // Small on disk, far larger inflated: the limit, not the memory, ends it.
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => docxText(bomb)).toThrow(/zip bomb/);
  });

  it("refuses what is not a PDF or DOCX, with a reason", async () => {
    await expect(extractDocumentText(MEDIA_TYPES.docx, Buffer.from("not a zip at all"))).rejects.toBeInstanceOf(TextExtractionError);
    await expect(extractDocumentText(MEDIA_TYPES.png, Buffer.alloc(10))).rejects.toThrow(/no text extraction/);
    await expect(extractDocumentText(MEDIA_TYPES.pdf, Buffer.from("%PDF-1.4\n%%EOF"))).rejects.toThrow();
  });

  it("runs in a child process: text back, and a bomb or a broken file ends as a reason, not a crash", async () => {
    const ok = await runExtraction(MEDIA_TYPES.docx, docxWithText(LINES));
    expect(ok).toEqual({ text: LINES.join(" ") });
    const bomb = await runExtraction(MEDIA_TYPES.docx, docxZipBomb(DOCX_XML_LIMIT / 1024 / 1024 + 64));
    expect(bomb).toMatchObject({ error: expect.stringMatching(/zip bomb/) });
    const broken = await runExtraction(MEDIA_TYPES.pdf, Buffer.from("%PDF-1.4 broken"));
    expect(broken).toMatchObject({ error: expect.any(String) });
  });
});
