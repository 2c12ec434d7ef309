import "server-only";
import { prisma } from "../db";
import { ActionError } from "../errors";
import { CATALOG_FILES, CATALOG_FILE_NAMES, REVIEW_NOTES, type CatalogFileName, type Messages } from "../i18n/catalog";
import { catalogMessages, correctedCatalog } from "../i18n/corrected-catalog";
import { compileCatalog } from "../i18n/compiled-catalog";
import type { Locale } from "../i18n/locales";
import { translationProblems, withMessages, type TranslationProblem } from "../i18n/message-shape";
import { foldForSearch } from "../domain/search-folding";
import type { ReviewedLocale, ReviewView, TranslationSaveInput } from "../validations/translations";
import { recordAudit } from "./audit";
import { currentRevision, revisionCache } from "./revision-keyed-cache";

// The in-app translation review: an administrator who speaks a language corrects the interface's
// messages in place, confirms them, or flags them for review. Each word is a MessageTranslation row,
// written with its audit event; it applies over the catalog at once (every app instance sees the
// data revision move) and is exported as catalog files for the repository.

const ENGLISH = catalogMessages("en");

type Row = { key: string; text: string; needsReview: boolean; note: string; version: number; updatedAt: Date; updatedBy: { name: string } };

const rowsCache = revisionCache<Row[]>({ maxEntries: 8, maxAgeMs: 10 * 60_000 });

async function rowsFor(locale: Locale): Promise<Row[]> {
  return rowsCache.get(locale, await currentRevision(), () =>
    prisma.messageTranslation.findMany({
      where: { locale },
      select: { key: true, text: true, needsReview: true, note: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
  );
}

const messagesCache = revisionCache<Messages>({ maxEntries: 8, maxAgeMs: 10 * 60_000 });

/** The language's catalog with the administrators' corrections applied: what every page and e-mail says. */
export async function localizedMessages(locale: Locale): Promise<Messages> {
  return messagesCache.get(locale, await currentRevision(), async () => correctedCatalog(locale, await rowsFor(locale)));
}

// Compiled catalogs by language, kept while the corrections they were compiled from stand: the
// data revision moves with every save, the corrections seldom.
const compiledCache = new Map<Locale, { corrections: string; messages: Messages }>();

/** The same catalog compiled, as the app's pages format it (lib/i18n/compiled-catalog.ts). */
export async function compiledLocalizedMessages(locale: Locale): Promise<Messages> {
  const corrections = (await rowsFor(locale))
    .map((r) => `${r.key}\u0000${r.text}`)
    .sort()
    .join("\u0001");
  const cached = compiledCache.get(locale);
  if (cached?.corrections === corrections) return cached.messages;
  const messages = compileCatalog(await localizedMessages(locale));
  compiledCache.set(locale, { corrections, messages });
  return messages;
}

export const REVIEW_PAGE_SIZE = 25;

export type ReviewEntry = {
  key: string;
  english: string;
  /** The message as it reads now (corrected or the catalog's). */
  text: string;
  catalogText: string;
  needsReview: boolean;
  /** Why it needs review: the translator's note, or the administrator's who flagged it. */
  note: string;
  /** 0 when no administrator has touched it yet. */
  version: number;
  corrected: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
};

/** One language's messages for the review page: those needing review, those corrected, or all; searched; paged. */
export async function translationReview(locale: Locale, view: ReviewView, q: string, page: number) {
  const rows = new Map((await rowsFor(locale)).map((r) => [r.key, r]));
  const notes = REVIEW_NOTES[locale];
  const catalog = catalogMessages(locale);
  const all: ReviewEntry[] = [...ENGLISH].map(([key, english]) => {
    const row = rows.get(key);
    const catalogText = catalog.get(key) ?? english;
    return {
      key,
      english,
      text: row?.text ?? catalogText,
      catalogText,
      needsReview: row ? row.needsReview : Object.hasOwn(notes, key),
      note: row?.needsReview ? row.note : row ? "" : (notes[key] ?? ""),
      version: row?.version ?? 0,
      corrected: row !== undefined && row.text !== catalogText,
      updatedBy: row?.updatedBy.name ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
  const counts = { review: all.filter((e) => e.needsReview).length, corrected: all.filter((e) => e.corrected).length, all: all.length };
  const words = foldForSearch(q).split(/\s+/).filter(Boolean);
  const shown = all.filter(
    (e) =>
      (view === "all" || (view === "review" ? e.needsReview : e.corrected)) &&
      words.every((w) => foldForSearch(`${e.key} ${e.english} ${e.text}`).includes(w)),
  );
  const pages = Math.max(1, Math.ceil(shown.length / REVIEW_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { entries: shown.slice((current - 1) * REVIEW_PAGE_SIZE, current * REVIEW_PAGE_SIZE), total: shown.length, page: current, pages, counts };
}

/**
 * Saves an administrator's word on one message: the text (refused when it breaks the English
 * message's placeholders, select cases or the language's plural forms) and whether it still needs
 * review. A save made on a copy someone else has changed since is refused, and loses nothing.
 */
export async function saveTranslation(actor: { id: string }, input: TranslationSaveInput): Promise<void> {
  const english = ENGLISH.get(input.key);
  if (english === undefined) throw new ActionError("translations.unknownKey", 404);
  const problems = translationProblems(english, input.text, input.locale);
  if (problems.length) throw new TranslationRefused(problems);
  await prisma.$transaction(async (tx) => {
    const before = await tx.messageTranslation.findUnique({ where: { locale_key: { locale: input.locale, key: input.key } } });
    if ((before?.version ?? 0) !== input.version) throw new ActionError("translations.stale", 409);
    const data = { text: input.text, needsReview: input.needsReview, note: input.needsReview ? input.note : "", updatedById: actor.id };
    // The version in the write itself: on PostgreSQL another admin's save may commit between the
    // read above and this write (a second first save meets the unique key).
    const after = before
      ? await tx.messageTranslation.updateManyAndReturn({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } }).then(([row]) => row)
      : await tx.messageTranslation.create({ data: { locale: input.locale, key: input.key, ...data } }).catch((error: unknown) => {
          if ((error as { code?: string }).code === "P2002") return undefined;
          throw error;
        });
    if (!after) throw new ActionError("translations.stale", 409);
    const view = (r: { text: string; needsReview: boolean; note: string }) => ({ text: r.text, needsReview: r.needsReview, note: r.note });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "translation.update",
      entityType: "message_translation",
      entityId: `${input.locale}:${input.key}`,
      before: before ? view(before) : { text: catalogMessages(input.locale).get(input.key), needsReview: Object.hasOwn(REVIEW_NOTES[input.locale], input.key), note: REVIEW_NOTES[input.locale][input.key] ?? "" },
      after: view(after),
    });
  });
}

/** A correction that would break the message; its reasons, for the form. */
export class TranslationRefused extends Error {
  constructor(readonly problems: TranslationProblem[]) {
    super("translation refused");
  }
}

/**
 * One catalog file of a language as it now reads, for the repository: `_review` is
 * messages/<locale>/_review.json with what administrators settled taken out and what they flagged
 * added. Keys keep the file's order.
 */
export async function exportedCatalogFile(locale: ReviewedLocale, file: CatalogFileName | "_review"): Promise<object> {
  const rows = await rowsFor(locale);
  if (file === "_review") {
    const settled = new Map(rows.map((r) => [r.key, r]));
    const out: Record<string, string> = {};
    for (const [key, note] of Object.entries(REVIEW_NOTES[locale])) if (!settled.has(key)) out[key] = note;
    for (const r of rows) if (r.needsReview) out[r.key] = r.note || "—";
    return out;
  }
  return withMessages(CATALOG_FILES[locale][file], new Map(rows.map((r) => [r.key, r.text])));
}

/** The files an administrator's words changed, to offer for download. */
export async function changedCatalogFiles(locale: ReviewedLocale): Promise<(CatalogFileName | "_review")[]> {
  const rows = await rowsFor(locale);
  if (rows.length === 0) return [];
  const owner = (key: string) => CATALOG_FILE_NAMES.find((f) => key.split(".")[0] in CATALOG_FILES.en[f]);
  const changed = new Set(rows.filter((r) => r.text !== catalogMessages(locale).get(r.key)).map((r) => owner(r.key)));
  return [...CATALOG_FILE_NAMES.filter((f) => changed.has(f)), "_review"];
}
