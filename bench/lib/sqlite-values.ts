// How @prisma/adapter-better-sqlite3 (default timestampFormat "iso8601") stores values, so rows
// written directly read back through Prisma unchanged. Checked on data/accord.db:
// `SELECT typeof(createdAt), createdAt FROM StatusUpdate` gives text '2025-10-22T00:00:00.000+00:00';
// booleans are integers 0/1. Text comparison of these strings orders them correctly, which the
// app's date filters (lastUpdateAt < cutoff, dueDate < today) rely on.

export function sqliteDate(date: Date): string;
export function sqliteDate(date: Date | null): string | null;
export function sqliteDate(date: Date | null): string | null {
  return date ? date.toISOString().replace("Z", "+00:00") : null;
}

export const sqliteBool = (value: boolean): 0 | 1 => (value ? 1 : 0);
