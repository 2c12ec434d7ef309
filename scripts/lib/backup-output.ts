import path from "node:path";

/** Each table's row count, the biggest first, for the backup and restore summaries. */
export function describeTables(tables: Record<string, number>): string {
  const entries = Object.entries(tables).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(...entries.map(([name]) => name.length), 5);
  return entries.map(([name, count]) => `  ${name.padEnd(width)}  ${count.toLocaleString("en-US").padStart(9)} rows`).join("\n");
}

/** A path as the user would type it: relative to the project when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
