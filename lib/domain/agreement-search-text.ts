import { buildSearchText } from "./search-folding";

type Named = { name: string; shortName: string; localName: string };
type Searchable = { reference: string; title: string; summary: string };

/** The folded text the agreement search matches against (see foldForSearch). */
export function agreementSearchText(agreement: Searchable, organizations: readonly Named[]): string {
  return buildSearchText([
    agreement.reference,
    agreement.title,
    agreement.summary,
    ...organizations.flatMap((o) => [o.name, o.shortName, o.localName]),
  ]);
}

/** The folded reference and title: a search matching here ranks first when ordered by relevance. */
export function agreementSearchTitle(agreement: Pick<Searchable, "reference" | "title">): string {
  return buildSearchText([agreement.reference, agreement.title]);
}

/** Both search columns of an agreement row, written together wherever one of their sources changes. */
export function agreementSearchColumns(agreement: Searchable, organizations: readonly Named[]) {
  return { searchText: agreementSearchText(agreement, organizations), searchTitle: agreementSearchTitle(agreement) };
}
