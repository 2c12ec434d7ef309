import { EXTENSIONS, type DocumentKind } from "./document-type";

export const MAX_DOCUMENT_NAME = 200;

/** Why a name is refused: catalog keys under documents.errors. */
export type NameProblem = "nameEmpty" | "nameTooLong" | "namePath" | "nameControl" | "nameExtension";

// C0 and C1 controls, DEL; bidirectional overrides, embeddings and isolates (a name like
// "invoice\u202Efdp.exe" shows as "invoiceexe.pdf"); zero-width and line/paragraph separators.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/**
 * A file name as people gave it, checked rather than silently rewritten: a name with a path, a
 * control or direction character is refused with the reason, so nobody is shown a name other
 * than the one they chose. Returns the name in NFC (so ə typed two ways is one name).
 */
export function checkDocumentName(raw: string): { ok: true; name: string } | { ok: false; problem: NameProblem } {
  const name = raw.normalize("NFC").trim();
  if (!name) return { ok: false, problem: "nameEmpty" };
  if (FORBIDDEN.test(name)) return { ok: false, problem: "nameControl" };
  if ([...name].length > MAX_DOCUMENT_NAME) return { ok: false, problem: "nameTooLong" };
  if (/[\\/]/.test(name) || name === "." || name === ".." || name.startsWith("..")) return { ok: false, problem: "namePath" };
  return { ok: true, name };
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

const KNOWN_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

/**
 * The stored name for content of this kind. A name whose extension claims another accepted type
 * (a script renamed .pdf, a PNG called .docx) is refused: people open files by their name. A name
 * with no such extension ("Minutes v1.2", "setup.exe" that is plain text) gets the kind's added,
 * so nothing is ever saved under a name that lies about its content.
 */
export function nameForKind(name: string, kind: DocumentKind): { ok: true; name: string } | { ok: false; problem: NameProblem } {
  const extension = extensionOf(name);
  if (EXTENSIONS[kind].includes(extension)) return { ok: true, name };
  if (KNOWN_EXTENSIONS.has(extension)) return { ok: false, problem: "nameExtension" };
  const suffixed = `${name}.${EXTENSIONS[kind][0]}`;
  return [...suffixed].length > MAX_DOCUMENT_NAME ? { ok: false, problem: "nameTooLong" } : { ok: true, name: suffixed };
}

/** RFC 5987 value characters: attr-char = ALPHA / DIGIT / "!#$&+-.^_`|~". */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Content-Disposition per RFC 6266: an ASCII fallback for old clients, and filename* in UTF-8 so
 * "Protokol_iclası_Şuşa.pdf" or "Хаттама_Ақтау.pdf" arrives with its Azerbaijani, Kazakh and
 * Russian letters. Quotes, backslashes and controls never reach the header.
 */
export function contentDisposition(kind: "attachment" | "inline", name: string): string {
  const fallback = name
    // Letters without a decomposition to Latin: the closest ASCII letter for old clients.
    .replace(/[ıə]/g, (c) => (c === "ı" ? "i" : "e"))
    .replace(/Ə/g, "E")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._ ()-]/g, "_")
    .slice(0, MAX_DOCUMENT_NAME) || "document";
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
