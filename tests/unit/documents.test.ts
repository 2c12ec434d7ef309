import { describe, expect, it } from "vitest";
import { HEAD_BYTES, createTextCheck, sniffDocument, zipEntryNames, type SniffInput } from "../../lib/domain/document-type";
import { checkDocumentName, contentDisposition, nameForKind } from "../../lib/domain/document-name";
import { DOCUMENT_CHUNK_BYTES, canSeeDocument, canSeeRestricted, chunkRanges } from "../../lib/domain/documents";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

function sniff(content: Uint8Array, extension = "", isText?: boolean): ReturnType<typeof sniffDocument> {
  const text = createTextCheck();
  text.push(content);
  const input: SniffInput = { head: content.subarray(0, HEAD_BYTES), tail: content, size: content.length, isText: isText ?? text.done(), extension };
  return sniffDocument(input);
}

/** A minimal stored ZIP: local headers then the central directory, as office suites write. */
function zip(entries: { name: string; data?: string }[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const entry of entries) {
    const name = [...Buffer.from(entry.name)];
    const data = [...Buffer.from(entry.data ?? "")];
    const offset = local.length;
    local.push(0x50, 0x4b, 0x03, 0x04, ...u16(10), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...name, ...data);
    central.push(0x50, 0x4b, 0x01, 0x02, ...u16(20), ...u16(10), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const end = [0x50, 0x4b, 0x05, 0x06, ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return Uint8Array.from([...local, ...central, ...end]);
}

describe("sniffDocument: the type comes from the bytes", () => {
  it("recognises PDF, PNG and JPEG by their signatures", () => {
    expect(sniff(bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))).toBe("pdf");
    expect(sniff(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe("png");
    expect(sniff(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("jpeg");
  });

  it("tells DOCX, XLSX and PPTX apart by the ZIP's directory", () => {
    expect(sniff(zip([{ name: "[Content_Types].xml" }, { name: "word/document.xml" }]))).toBe("docx");
    expect(sniff(zip([{ name: "[Content_Types].xml" }, { name: "xl/workbook.xml" }]))).toBe("xlsx");
    expect(sniff(zip([{ name: "[Content_Types].xml" }, { name: "ppt/presentation.xml" }]))).toBe("pptx");
  });

  it("refuses a plain ZIP, a macro-enabled document and a directory that points outside the file", () => {
    expect(sniff(zip([{ name: "readme.txt", data: "hi" }]))).toBeNull();
    expect(sniff(zip([{ name: "[Content_Types].xml" }, { name: "word/document.xml" }, { name: "word/vbaProject.bin" }]))).toBeNull();
    const broken = zip([{ name: "[Content_Types].xml" }, { name: "word/document.xml" }]);
    broken[broken.length - 6] = 0xff; // directory offset far beyond the file
    expect(sniff(broken)).toBeNull();
  });

  it("reads ODT and ODS from their stored mimetype entry, and refuses their templates", () => {
    expect(sniff(zip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text" }]))).toBe("odt");
    expect(sniff(zip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }]))).toBe("ods");
    expect(sniff(zip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text-template" }]))).toBeNull();
  });

  it("refuses executables whatever they are called", () => {
    const pe = bytes("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00");
    const elf = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
    expect(sniff(pe, "pdf")).toBeNull();
    expect(sniff(elf, "pdf")).toBeNull();
  });

  it("accepts clean UTF-8 text as TXT, or CSV when so named, and refuses text with NUL and empty files", () => {
    expect(sniff(bytes(Buffer.from("Протокол заседания; Şuşa; Ақтау\n").toString("latin1")), "txt")).toBe("txt");
    expect(sniff(bytes("reference,title\nA-1,x\n"), "csv")).toBe("csv");
    expect(sniff(bytes("text with a NUL \x00 inside"), "txt")).toBeNull();
    expect(sniff(new Uint8Array(0))).toBeNull();
  });

  it("checks text across chunk boundaries (a letter split between two reads is still text)", () => {
    const check = createTextCheck();
    const word = Buffer.from("ə");
    check.push(word.subarray(0, 1));
    check.push(word.subarray(1));
    expect(check.done()).toBe(true);
    const cut = createTextCheck();
    cut.push(word.subarray(0, 1));
    expect(cut.done()).toBe(false);
  });

  it("reads a ZIP's entry names from its tail, and refuses a directory claiming more entries than any document has", () => {
    const one = zip([{ name: "a" }]);
    expect(zipEntryNames(one, one.length)).toEqual(new Set(["a"]));
    const many = Uint8Array.from(one);
    many[many.length - 12] = 0xff; // total entries: 0xff01
    many[many.length - 11] = 0xff;
    expect(zipEntryNames(many, many.length)).toBeNull();
  });
});

describe("document names", () => {
  it("keeps Azerbaijani, Kazakh and Russian names, in NFC", () => {
    expect(checkDocumentName("Protokol_iclası_Şuşa.pdf")).toEqual({ ok: true, name: "Protokol_iclası_Şuşa.pdf" });
    expect(checkDocumentName("Хаттама Ақтау.pdf")).toEqual({ ok: true, name: "Хаттама Ақтау.pdf" });
    expect(checkDocumentName("e\u0301.pdf")).toEqual({ ok: true, name: "\u00e9.pdf" });
  });

  it("refuses paths, NUL, controls, direction overrides and overlong names, saying why", () => {
    expect(checkDocumentName("../../etc/passwd")).toEqual({ ok: false, problem: "namePath" });
    expect(checkDocumentName("a\\b.pdf")).toEqual({ ok: false, problem: "namePath" });
    expect(checkDocumentName("..")).toEqual({ ok: false, problem: "namePath" });
    expect(checkDocumentName("a\u0000.pdf")).toEqual({ ok: false, problem: "nameControl" });
    expect(checkDocumentName("a\nb.pdf")).toEqual({ ok: false, problem: "nameControl" });
    expect(checkDocumentName("invoice\u202Efdp.exe")).toEqual({ ok: false, problem: "nameControl" });
    expect(checkDocumentName("x".repeat(500) + ".pdf")).toEqual({ ok: false, problem: "nameTooLong" });
    expect(checkDocumentName("   ")).toEqual({ ok: false, problem: "nameEmpty" });
  });

  it("refuses a name claiming another accepted type, and completes one without an extension", () => {
    expect(nameForKind("scan.pdf", "txt")).toEqual({ ok: false, problem: "nameExtension" });
    expect(nameForKind("photo.JPG", "jpeg")).toEqual({ ok: true, name: "photo.JPG" });
    expect(nameForKind("Minutes v1.2", "pdf")).toEqual({ ok: true, name: "Minutes v1.2.pdf" });
    expect(nameForKind("notes", "txt")).toEqual({ ok: true, name: "notes.txt" });
  });
});

describe("contentDisposition (RFC 6266)", () => {
  it("gives an ASCII fallback and the UTF-8 name in filename*", () => {
    const header = contentDisposition("attachment", "Protokol_Şuşa \"1\".pdf");
    expect(header).toBe(`attachment; filename="Protokol_Susa _1_.pdf"; filename*=UTF-8''Protokol_%C5%9Eu%C5%9Fa%20%221%22.pdf`);
    expect(decodeURIComponent(header.split("''")[1]!)).toBe("Protokol_Şuşa \"1\".pdf");
  });

  it("gives Azerbaijani ı and ə their closest ASCII letters in the fallback", () => {
    expect(contentDisposition("attachment", "Protokol_iclası_Əmək.pdf")).toMatch(/^attachment; filename="Protokol_iclasi_Emek.pdf"; /);
  });

  it("round-trips Kazakh and Russian letters and escapes what RFC 5987 does not allow", () => {
    const header = contentDisposition("inline", "Хаттама (Ақтау)'*.pdf");
    expect(header.startsWith("inline; ")).toBe(true);
    const encoded = header.split("''")[1]!;
    expect(encoded).not.toMatch(/['()*\s"]/);
    expect(decodeURIComponent(encoded)).toBe("Хаттама (Ақтау)'*.pdf");
  });
});

describe("chunkRanges", () => {
  it("covers the file exactly, in order, in chunks of the given size", () => {
    expect(chunkRanges(0)).toEqual([]);
    expect(chunkRanges(10, 4)).toEqual([
      { index: 0, start: 0, end: 4 },
      { index: 1, start: 4, end: 8 },
      { index: 2, start: 8, end: 10 },
    ]);
    expect(chunkRanges(8, 4)).toHaveLength(2);
    expect(chunkRanges(25_000_000)).toHaveLength(Math.ceil(25_000_000 / DOCUMENT_CHUNK_BYTES));
    expect(() => chunkRanges(-1)).toThrow(RangeError);
  });
});

describe("who sees a document", () => {
  const scope = { leadOrganizationId: "A", partyOrganizationIds: ["B"], archivedAt: null };
  const viewer = { id: "v", role: "viewer" as const, organizationId: "A" };
  const editorOwn = { id: "e", role: "editor" as const, organizationId: "B" };
  const editorOther = { id: "o", role: "editor" as const, organizationId: "C" };
  const admin = { id: "a", role: "admin" as const, organizationId: null };

  it("restricted: admins and editors of the agreement's organizations only", () => {
    expect([viewer, editorOwn, editorOther, admin].map((a) => canSeeRestricted(a, scope))).toEqual([false, true, false, true]);
  });

  it("withdrawn: admins only (to restore it); the others see it in the history alone", () => {
    const withdrawn = { restricted: false, withdrawnAt: new Date() };
    expect([viewer, editorOwn, editorOther, admin].map((a) => canSeeDocument(a, scope, withdrawn))).toEqual([false, false, false, true]);
    const open = { restricted: false, withdrawnAt: null };
    expect([viewer, editorOwn, editorOther, admin].map((a) => canSeeDocument(a, scope, open))).toEqual([true, true, true, true]);
  });
});
