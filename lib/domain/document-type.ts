/**
 * What a file is, decided from its bytes alone (never its name or the browser's claim). Pure:
 * the upload handler gives the first bytes, the last bytes (where a ZIP keeps its directory)
 * and whether the whole content was clean UTF-8 text.
 */
export const DOCUMENT_KINDS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "png", "jpeg", "csv", "txt"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const MEDIA_TYPES: Record<DocumentKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  png: "image/png",
  jpeg: "image/jpeg",
  csv: "text/csv",
  txt: "text/plain",
};

/** The name extensions each kind may carry (a name must not claim another type than its content). */
export const EXTENSIONS: Record<DocumentKind, readonly string[]> = {
  pdf: ["pdf"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  pptx: ["pptx"],
  odt: ["odt"],
  ods: ["ods"],
  png: ["png"],
  jpeg: ["jpg", "jpeg"],
  csv: ["csv"],
  txt: ["txt", "text"],
};

/** Only these are ever shown inline (under a sandboxing CSP); everything else is an attachment. */
export const PREVIEWABLE: ReadonlySet<DocumentKind> = new Set(["pdf", "png", "jpeg"]);

export function kindOfMediaType(mediaType: string): DocumentKind | null {
  const found = (Object.keys(MEDIA_TYPES) as DocumentKind[]).find((k) => MEDIA_TYPES[k] === mediaType);
  return found ?? null;
}

export type SniffInput = {
  /** The first bytes of the file (at least 512 when the file is that long). */
  head: Uint8Array;
  /** The last bytes of the file (up to TAIL_BYTES), and the file's total size. */
  tail: Uint8Array;
  size: number;
  /** The whole content decoded as UTF-8 without error and holds no control characters but tab, CR, LF, FF. */
  isText: boolean;
  /** The name's extension, lower-case, without the dot ("" when none): picks CSV over TXT only. */
  extension: string;
};

export const HEAD_BYTES = 8 * 1024;
export const TAIL_BYTES = 1024 * 1024;
/** More entries than any office document has: a directory this long is refused, not walked. */
const MAX_ZIP_ENTRIES = 10_000;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

export function sniffDocument(input: SniffInput): DocumentKind | null {
  const { head } = input;
  if (input.size === 0) return null;
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(input);
  if (input.isText) return input.extension === "csv" ? "csv" : "txt";
  return null;
}

function sniffZip({ head, tail, size }: SniffInput): DocumentKind | null {
  // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type itself.
  const nameLength = u16(head, 26);
  const extraLength = u16(head, 28);
  if (nameLength === 8 && ascii(head, 30, 38) === "mimetype") {
    const start = 38 + extraLength;
    const stored = ascii(head, start, Math.min(head.length, start + 60));
    if (stored.startsWith(MEDIA_TYPES.odt) && !stored.startsWith(`${MEDIA_TYPES.odt}-`)) return "odt";
    if (stored.startsWith(MEDIA_TYPES.ods) && !stored.startsWith(`${MEDIA_TYPES.ods}-`)) return "ods";
    return null;
  }
  const names = zipEntryNames(tail, size);
  if (!names || !names.has("[Content_Types].xml")) return null;
  // Macro-enabled workbooks and documents carry code: refused, whatever they are called.
  for (const name of names) if (name.toLowerCase().endsWith("vbaproject.bin")) return null;
  if (names.has("word/document.xml")) return "docx";
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  return null;
}

/** The entry names of a ZIP's central directory, read from the file's tail; null if not a sound ZIP. */
export function zipEntryNames(tail: Uint8Array, size: number): Set<string> | null {
  const tailStart = size - tail.length;
  // The end-of-directory record is 22 bytes plus a comment of up to 65535.
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - 0xffff; at--) {
    if (!startsWith(tail, [0x50, 0x4b, 0x05, 0x06], at)) continue;
    const entries = u16(tail, at + 10);
    const directorySize = u32(tail, at + 12);
    const directoryOffset = u32(tail, at + 16);
    if (entries > MAX_ZIP_ENTRIES || directoryOffset < tailStart || directoryOffset + directorySize > tailStart + at) return null;
    const names = new Set<string>();
    let p = directoryOffset - tailStart;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > tail.length || !startsWith(tail, [0x50, 0x4b, 0x01, 0x02], p)) return null;
      const n = u16(tail, p + 28);
      const m = u16(tail, p + 30);
      const k = u16(tail, p + 32);
      names.add(new TextDecoder().decode(tail.subarray(p + 46, p + 46 + n)));
      p += 46 + n + m + k;
    }
    return names;
  }
  return null;
}

/**
 * Tracks, chunk by chunk, whether a stream is clean UTF-8 text: decodes with a fatal decoder (so
 * a binary file fails at its first invalid sequence) and refuses control characters that no CSV
 * or text file needs (NUL above all: every executable has them).
 */
export function createTextCheck() {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let ok = true;
  const check = (text: string) => {
    if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) ok = false;
  };
  return {
    push(bytes: Uint8Array) {
      if (!ok) return;
      try {
        check(decoder.decode(bytes, { stream: true }));
      } catch {
        ok = false;
      }
    },
    done(): boolean {
      if (!ok) return false;
      try {
        check(decoder.decode());
      } catch {
        ok = false;
      }
      return ok;
    },
  };
}

/** Kinds whose text the worker extracts so that the agreements search finds it (lib/domain/document-text.ts). */
export const TEXT_SEARCHABLE: ReadonlySet<string> = new Set([MEDIA_TYPES.pdf, MEDIA_TYPES.docx]);
