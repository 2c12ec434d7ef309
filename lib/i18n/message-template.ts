/** What messageTemplate needs of a translator (next-intl's `t`, client or server). */
type Translator<Key extends string> = {
  (key: Key, values: Record<string, string>): string;
  raw(key: Key): unknown;
};

/**
 * A message with one text argument, formatted once per render instead of once per use: the
 * message is formatted with a marker in the argument's place and later uses only concatenate.
 * Built for table cells, where "Select {reference}" would otherwise run the ICU formatter once
 * per row. Only a message that inserts the argument as it is, once, qualifies; one that selects,
 * pluralizes or formats with it is formatted at every use, as before.
 */
export function messageTemplate<Key extends string>(t: Translator<Key>, key: Key, argument: string): (value: string) => string {
  const format = (value: string) => t(key, { [argument]: value });
  const raw = t.raw(key);
  const plain = typeof raw === "string" && raw.split(`{${argument}}`).length === 2 && !new RegExp(`\\{\\s*${argument}\\s*,`).test(raw);
  if (!plain) return format;
  const parts = format(MARKER).split(MARKER);
  if (parts.length !== 2) return format;
  const [before, after] = parts as [string, string];
  return (value) => before + value + after;
}

// A control character no message contains (one that did would split into more than two parts,
// and every use would format). Values are only concatenated, so theirs do not matter.
const MARKER = "\u0000";
