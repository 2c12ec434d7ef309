import path from "node:path";

/** The SQLite file a `file:` DATABASE_URL points at, resolved against the project root (cwd). */
export function sqliteFilePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with "file:" for SQLite, got "${databaseUrl}"`);
  }
  const file = databaseUrl.slice("file:".length).split("?")[0];
  // The ignore hint stops Turbopack tracing the whole project for this runtime path.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}

export const DEFAULT_DATABASE_URL = "file:./data/accord.db";
