import { z } from "zod";

/** A database id (cuid) as it may arrive from a form, URL or request body. */
export const entityId = (message = "validation.invalidId") => z.string().regex(/^[a-z0-9]{6,40}$/i, { message });

/** A real calendar day as YYYY-MM-DD (2027-02-31 is refused, not rolled over to March). */
export const isoDay = z
  .string({ message: "validation.date" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "validation.date" })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, { message: "validation.date" })
  .refine((s) => s >= "1990-01-01" && s <= "2100-12-31", { message: "validation.dateRange" });
