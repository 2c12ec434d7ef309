import "server-only";
import { cache } from "react";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { organizationIn, organizationNameSelect } from "./content-texts";
import type { Locale } from "../i18n/locales";
import { currentRevision, revisionCache } from "./revision-keyed-cache";

/** An organization with what its name in any language needs. */
type NamedOrganizationRow = { id: string } & Prisma.OrganizationGetPayload<{ select: typeof organizationNameSelect }>;

type Directory = {
  list: NamedOrganizationRow[];
  /** Each organization as a reader of this language is shown it: worked out once per language. */
  shown(locale: Locale): ReadonlyMap<string, ShownOrganization>;
};

/** An organization named in the reader's language (else in English), as the table's rows show it. */
export type ShownOrganization = { id: string; name: string; shortName: string; country: string };

const shownIn = (o: NamedOrganizationRow, locale: Locale): ShownOrganization => {
  const named = organizationIn(o, locale);
  return { id: o.id, name: named.name, shortName: named.shortName, country: o.country };
};

const directoryCache = revisionCache<Directory>({ maxEntries: 1, maxAgeMs: Infinity });

async function readDirectory(): Promise<Directory> {
  const list = await prisma.organization.findMany({
    orderBy: [{ country: "asc" }, { name: "asc" }],
    select: { id: true, ...organizationNameSelect },
  });
  const byLocale = new Map<Locale, ReadonlyMap<string, ShownOrganization>>();
  return {
    list,
    shown(locale) {
      let shown = byLocale.get(locale);
      if (!shown) byLocale.set(locale, (shown = new Map(list.map((o) => [o.id, shownIn(o, locale)]))));
      return shown;
    },
  };
}

/**
 * Every organization with its names in every language: a few dozen rows that the table's filters,
 * its rows (lead and parties) and the agreement forms all name. Read once per data revision, and
 * once per page render even with READ_CACHE=off (React's request cache): a page of the table used
 * to join each row to its organizations and their names again, four statements of its ~20.
 */
export const organizationDirectory = cache(
  async (): Promise<Directory> => directoryCache.get("all", await currentRevision(), readDirectory),
);

/**
 * The organizations with these ids as a reader of this language is shown them, from the
 * directory. One created after the directory was read (between a page's two reads) is read by
 * itself, so a row never loses its lead or a party.
 */
export async function organizationsShown(ids: Iterable<string>, locale: Locale): Promise<(id: string) => ShownOrganization> {
  const directory = await organizationDirectory();
  const shown = directory.shown(locale);
  const missing = [...new Set(ids)].filter((id) => !shown.has(id));
  const late = missing.length === 0 ? [] : await prisma.organization.findMany({ where: { id: { in: missing } }, select: { id: true, ...organizationNameSelect } });
  const byId = late.length === 0 ? shown : new Map([...shown, ...late.map((o) => [o.id, shownIn(o, locale)] as const)]);
  return (id) => {
    const found = byId.get(id);
    // An agreement's organizations cannot be deleted (the foreign keys restrict it).
    if (!found) throw new Error(`Organization ${id} not found`);
    return found;
  };
}
