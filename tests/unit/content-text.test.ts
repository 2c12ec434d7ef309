import { describe, expect, it } from "vitest";
import { plannedTexts, textIn, textsForForm, type Translated } from "../../lib/i18n/content-text";
import { agreementFieldsSchema } from "../../lib/validations/agreement";
import { agreementSearchColumns } from "../../lib/domain/agreement-search-text";
import { SHOWN_NAME_COLUMN, SHOWN_TITLE_COLUMN, shownNameColumns, shownTitleColumns } from "../../lib/data/content-texts";
import { sortedByName } from "../../lib/i18n/collation";

const record = (texts: Translated<"title" | "summary">["texts"], language = "az"): Translated<"title" | "summary"> => ({
  language,
  original: { title: "Orta Dəhliz", summary: "Bakı–Aktau" },
  texts,
});

describe("textIn: the reader's language, else the original's, else English", () => {
  it("shows the reader's own text when there is one, and says whether it is a draft", () => {
    const shown = textIn(record([{ locale: "kk", title: "Орта дәліз", summary: "", needsReview: true }]), "kk", "title");
    expect(shown).toEqual({ title: "Орта дәліз", summary: "", shownIn: "kk", fallback: false, needsReview: true });
  });
  it("falls back to the original language, whole (never a title of one and a summary of another)", () => {
    const shown = textIn(record([{ locale: "en", title: "Middle Corridor", summary: "Baku–Aktau" }]), "kk", "title");
    expect(shown).toEqual({ title: "Orta Dəhliz", summary: "Bakı–Aktau", shownIn: "az", fallback: true, needsReview: false });
  });
  it("the original in its own language is no fallback", () => {
    expect(textIn(record([]), "az", "title")).toMatchObject({ title: "Orta Dəhliz", fallback: false });
  });
  it("a row with an empty title does not count; an unknown stored language counts as English", () => {
    const shown = textIn({ ...record([{ locale: "ru", title: " ", summary: "x" }]), language: "xx" }, "ru", "title");
    expect(shown).toMatchObject({ shownIn: "en", fallback: true, title: "Orta Dəhliz" });
  });
});

describe("plannedTexts: what a save of the other languages writes and audits", () => {
  const existing = [
    { locale: "ru", title: "Средний коридор", summary: "", needsReview: true },
    { locale: "kk", title: "Орта дәліз", summary: "Баку–Ақтау", needsReview: true },
  ];
  it("writes a changed language (no longer a draft), keeps an unchanged one, drops one left empty", () => {
    const plan = plannedTexts("en", ["title", "summary"], "title", existing, {
      ru: { title: "Средний коридор", summary: "" },
      kk: { title: "", summary: "" },
      az: { title: "Orta Dəhliz", summary: "" },
    });
    expect(plan.write).toEqual([{ locale: "az", title: "Orta Dəhliz", summary: "", needsReview: false }]);
    expect(plan.remove).toEqual(["kk"]);
    expect(plan.before).toEqual({ "title.kk": "Орта дәліз", "summary.kk": "Баку–Ақтау", "title.az": "" });
    expect(plan.after).toEqual({ "title.kk": "", "summary.kk": "", "title.az": "Orta Dəhliz" });
  });
  it("the original language has no row of its own: a row for it is dropped, text sent for it ignored", () => {
    const plan = plannedTexts("ru", ["title", "summary"], "title", existing, {
      ru: { title: "ignored", summary: "" },
      kk: { title: "Орта дәліз", summary: "Баку–Ақтау" },
    });
    expect(plan.write).toEqual([]);
    expect(plan.remove).toEqual(["ru"]);
    expect(plan.after).toEqual({});
  });
});

describe("the agreement form's languages", () => {
  const valid = {
    reference: "AZ-KZ-2025-TRN-09",
    visitId: "c".padEnd(25, "a"),
    title: "Middle Corridor",
    area: "transport",
    instrumentType: "agreement",
    leadOrganizationId: "c".padEnd(25, "b"),
  };
  it("accepts a language with its title, and trims", () => {
    const parsed = agreementFieldsSchema.parse({ ...valid, language: "en", texts: { kk: { title: " Орта дәліз ", summary: "" } } });
    expect(parsed.texts).toEqual({ kk: { title: "Орта дәліз", summary: "" } });
  });
  it("refuses a summary without a title, a title over the limit in any language, and an unknown language", () => {
    const result = agreementFieldsSchema.safeParse({
      ...valid,
      language: "fr",
      texts: { ru: { summary: "только описание" }, az: { title: "ə".repeat(301) } },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["language", expect.any(String)],
        ["texts.ru.title", "validation.required"],
        ["texts.az.title", "validation.tooLong"],
      ]),
    );
  });
  it("fills every language for the form, the original's included", () => {
    const texts = textsForForm(record([{ locale: "kk", title: "Орта дәліз", summary: "" }]), ["title", "summary"]);
    expect(texts).toEqual({
      az: { title: "Orta Dəhliz", summary: "Bakı–Aktau" },
      kk: { title: "Орта дәліз", summary: "" },
      ru: { title: "", summary: "" },
      en: { title: "", summary: "" },
    });
  });
});

describe("search carries every language", () => {
  it("folds the other languages' titles and summaries into both search columns", () => {
    const columns = agreementSearchColumns(
      { reference: "AZ-KZ-1", title: "Middle Corridor", summary: "", texts: [{ title: "ОРТА ДӘЛІЗ", summary: "Бакі–Ақтау" }] },
      [],
    );
    expect(columns.searchTitle).toContain("орта дәліз");
    expect(columns.searchText).toContain("ақтау");
  });
});

describe("the title each language's reader is shown, for the table's sort", () => {
  it("is the text in that language, else the original, whichever language the original is in", () => {
    const columns = shownTitleColumns({
      title: "Orta Dəhliz",
      language: "az",
      texts: [
        { locale: "kk", title: "Орта дәліз" },
        { locale: "ru", title: " " },
      ],
    });
    expect(columns).toEqual({ shownTitleEn: "Orta Dəhliz", shownTitleRu: "Orta Dəhliz", shownTitleAz: "Orta Dəhliz", shownTitleKk: "Орта дәліз" });
  });
  it("names a column of the Agreement row for every language", () => {
    expect(Object.values(SHOWN_TITLE_COLUMN).sort()).toEqual(Object.keys(shownTitleColumns({ title: "x", language: "en", texts: [] })).sort());
  });
});

describe("the name each language's reader is shown, for sorting by lead", () => {
  it("is the name in that language, else the English", () => {
    const columns = shownNameColumns({ name: "Aktau Port", shortName: "", texts: [{ locale: "kk", name: "Ақтау порты", shortName: "" }, { locale: "az", name: "", shortName: "" }] });
    expect(columns).toEqual({ shownNameEn: "Aktau Port", shownNameRu: "Aktau Port", shownNameAz: "Aktau Port", shownNameKk: "Ақтау порты" });
    expect(Object.values(SHOWN_NAME_COLUMN).sort()).toEqual(Object.keys(columns).sort());
  });
});

describe("short lists sort as the reader's language does", () => {
  const names = ["Xəzər", "Çay", "Cəmiyyət", "Hava", "Qaz", "Kənd", "İnvestisiya", "Ixtisas"];
  it("Azerbaijani: ç after c, x after h, ı before i, q after k", () => {
    expect(sortedByName(names, "az", (n) => n)).toEqual(["Cəmiyyət", "Çay", "Hava", "Xəzər", "Ixtisas", "İnvestisiya", "Kənd", "Qaz"]);
  });
  it("English: accents weigh less than letters", () => {
    expect(sortedByName(names, "en", (n) => n)).toEqual(["Çay", "Cəmiyyət", "Hava", "İnvestisiya", "Ixtisas", "Kənd", "Qaz", "Xəzər"]);
  });
  it("Kazakh: і after ы", () => {
    expect(sortedByName(["Ішкі", "Ыдыс", "Иық"], "kk", (n) => n)).toEqual(["Иық", "Ыдыс", "Ішкі"]);
  });
  it("leaves the rows it was given as they were", () => {
    const rows = ["b", "a"];
    sortedByName(rows, "en", (n) => n);
    expect(rows).toEqual(["b", "a"]);
  });
});
