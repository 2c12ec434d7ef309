/**
 * Folds text for case-insensitive search that works the same on SQLite and PostgreSQL:
 * SQLite's LIKE folds ASCII only, so we store and query a folded copy instead of relying on the
 * database's collation. Handles Cyrillic (Қ→қ), Azerbaijani (Ə→ə, Ş→ş) and Turkic dotted/dotless I
 * (İ, I, ı, i all fold to "i", so "ŞİRKƏT" finds "şirkət" and "Şirkəti").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[İIı]/g, "i")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\u0307/g, "") // combining dot above left over from "İ".toLowerCase()
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

export function buildSearchText(parts: readonly (string | null | undefined)[]): string {
  return foldForSearch(parts.filter(Boolean).join(" \u2022 "));
}
