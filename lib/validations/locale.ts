import { z } from "zod";
import { LOCALES } from "../i18n/locales";

/** The language chosen in the menu: only one Accord has (anything else is refused, never stored). */
export const localeChoiceSchema = z.object({ locale: z.enum(LOCALES) });
export type LocaleChoice = z.infer<typeof localeChoiceSchema>;

/**
 * The other languages of a text written in several (agreement title and summary, challenge name and
 * description): per language, its fields, each trimmed and within its limit. A language left empty
 * has no text (a page falls back to the original); one with only secondary fields is refused at
 * its leading field (a summary needs a title to show beside).
 */
export function translatedTextsSchema<F extends string>(lead: NoInfer<F>, limits: Record<F, number>) {
  const fields = Object.fromEntries(
    Object.entries<number>(limits).map(([key, max]) => [key, z.string().trim().max(max, { message: "validation.tooLong" }).default("")]),
  ) as Record<F, z.ZodDefault<z.ZodString>>;
  const entry = z.object(fields).superRefine((value, ctx) => {
    const text = value as Record<F, string>;
    const anyField = Object.values<string>(text).some((v) => v !== "");
    if (anyField && text[lead] === "") ctx.addIssue({ code: "custom", path: [lead], message: "validation.required" });
  });
  return z.partialRecord(z.enum(LOCALES), entry).default({});
}
