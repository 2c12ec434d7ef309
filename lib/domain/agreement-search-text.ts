import { buildSearchText } from "./search-folding";

type Named = { name: string; shortName: string; localName: string };

/** The folded text the agreement search matches against (see foldForSearch). */
export function agreementSearchText(
  agreement: { reference: string; title: string; summary: string },
  organizations: readonly Named[],
): string {
  return buildSearchText([
    agreement.reference,
    agreement.title,
    agreement.summary,
    ...organizations.flatMap((o) => [o.name, o.shortName, o.localName]),
  ]);
}
