import { buildSearchText } from "./search-folding";

/** An organization's names: English (the original) and its other languages' rows. */
type Named = { name: string; shortName: string; texts: readonly { name: string; shortName: string }[] };
/** The agreement's text: reference, title and summary in its original language, and in the others (`texts`). */
type Searchable = { reference: string; title: string; summary: string; texts?: readonly { title: string; summary: string }[] };

// The other languages' texts and the organizations' names come in whatever order the database
// returns their rows; they are sorted so that the same texts always give the same column (the
// search matches within a part, so the order never changes what is found).
const inOrder = (parts: readonly string[]) => [...parts].sort();

/** The folded text the agreement search matches against (see foldForSearch): every language's. */
export function agreementSearchText(agreement: Searchable, organizations: readonly Named[]): string {
  return buildSearchText([
    agreement.reference,
    agreement.title,
    agreement.summary,
    ...inOrder((agreement.texts ?? []).flatMap((t) => [t.title, t.summary])),
    ...inOrder(organizations.flatMap((o) => [o.name, o.shortName, ...o.texts.flatMap((t) => [t.name, t.shortName])])),
  ]);
}

/** The folded reference and titles: a search matching here ranks first when ordered by relevance. */
export function agreementSearchTitle(agreement: Pick<Searchable, "reference" | "title" | "texts">): string {
  return buildSearchText([agreement.reference, agreement.title, ...inOrder((agreement.texts ?? []).map((t) => t.title))]);
}

/** Both search columns of an agreement row, written together wherever one of their sources changes. */
export function agreementSearchColumns(agreement: Searchable, organizations: readonly Named[]) {
  return { searchText: agreementSearchText(agreement, organizations), searchTitle: agreementSearchTitle(agreement) };
}
