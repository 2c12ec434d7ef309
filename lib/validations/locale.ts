import { z } from "zod";
import { LOCALES } from "../i18n/locales";

/** The language chosen in the menu: only one Accord has (anything else is refused, never stored). */
export const localeChoiceSchema = z.object({ locale: z.enum(LOCALES) });
export type LocaleChoice = z.infer<typeof localeChoiceSchema>;
