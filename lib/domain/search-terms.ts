import { foldForSearch } from "./search-folding";

/** At most this many words of a search are used; the rest would only narrow an already narrow search. */
export const MAX_SEARCH_TERMS = 12;

// A word: letters, digits and combining marks, with the connectors that sit inside references,
// numbers and names (AZ-KZ-2026-03, 3.5, d'Or, R&D). Everything else separates words.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-./'’&][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * The words of what someone typed into a search box, folded (foldForSearch) and deduplicated.
 * An agreement matches when its folded text contains every one of them (so "soc" finds SOCAR and
 * "corridor middle" finds "Middle Corridor"). Nothing typed is syntax: quotes, `*`, NEAR, OR and
 * parentheses are separators or plain words, and a text without any letter or digit (only
 * punctuation, only emoji) has no words and so searches nothing.
 */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query).match(WORD) ?? [];
  const unique = [...new Set(words)];
  // A word inside another word adds nothing to "contains every word".
  const needed = unique.filter((w) => !unique.some((other) => other !== w && other.includes(w)));
  return needed.slice(0, MAX_SEARCH_TERMS);
}
