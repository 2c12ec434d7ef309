/**
 * A view's query with some parameters changed: a value sets one, null or "" removes it. Table
 * links (app/_components/data-table.tsx) and the filters' navigation (use-url-params.ts) both
 * change the URL this way.
 */
export function withQueryChanges(query: string | URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") params.delete(key);
    else params.set(key, value);
  }
  return params;
}
