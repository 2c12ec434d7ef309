import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { pendingMigrations } from "./prepare";

/** A restore (or backup) that must not go ahead; the message says why, in one line. */
export class BackupRefused extends Error {}

export type BackupProgress = { totalPages: number; donePages: number };
export type CheckedCopy = { bytes: number; tables: Record<string, number> };

/** `2026-12-06T03-04-05Z`: sorts by time and is a valid file name everywhere. */
export const fileStamp = (now = new Date()) => now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");

/**
 * Online backup of a SQLite file through SQLite's backup API, consistent while the app writes
 * (a plain file copy can miss what is still in the -wal file). Copied in steps so a large file
 * reports progress; a write by the app between two steps makes SQLite start over, so after one
 * restart the rest is copied in a single step (one read transaction: WAL lets the app write
 * meanwhile). Written to a temporary name first, so a half-written file never looks like a backup.
 */
export async function backupSqlite(source: string, to: string, onProgress?: (p: BackupProgress) => void): Promise<CheckedCopy> {
  if (!fs.existsSync(source)) throw new BackupRefused(`${source} does not exist`);
  if (fs.existsSync(to)) throw new BackupRefused(`${to} already exists; a backup never overwrites a file`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const partial = `${to}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    let lastRemaining = Infinity;
    let restarted = false;
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarted = true;
        lastRemaining = remainingPages;
        onProgress?.({ totalPages, donePages: totalPages - remainingPages });
        return restarted ? totalPages : Math.max(256, Math.ceil(totalPages / 20));
      },
    });
    // One self-contained file: a copy left in WAL mode would grow -wal and -shm files when opened.
    setJournalMode(partial, "DELETE");
    const verdict = checkSqliteFile(partial);
    if (verdict.problems.length) throw new Error(`the copy fails its integrity check: ${verdict.problems.join("; ")}`);
    syncFile(partial);
    fs.renameSync(partial, to);
    return { bytes: fs.statSync(to).size, tables: verdict.tables };
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${partial}${suffix}`, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** PRAGMA integrity_check and each table's row count; a file SQLite cannot read is a problem too. */
export function checkSqliteFile(file: string): { problems: string[]; tables: Record<string, number> } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.prepare("PRAGMA integrity_check").pluck().all().map(String);
    if (result.length !== 1 || result[0] !== "ok") return { problems: result.slice(0, 5), tables: {} };
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all()
      .map(String);
    const tables = Object.fromEntries(names.map((n) => [n, Number(db!.prepare(`SELECT count(*) FROM "${n}"`).pluck().get())]));
    return { problems: [], tables };
  } catch (error) {
    return { problems: [error instanceof Error ? error.message : String(error)], tables: {} };
  } finally {
    db?.close();
  }
}

/** Why a file may not be restored (integrity, this version's migrations), or its table counts. */
export async function checkRestorable(source: string): Promise<CheckedCopy> {
  if (!fs.existsSync(source)) throw new BackupRefused(`${source} does not exist`);
  const verdict = checkSqliteFile(source);
  if (verdict.problems.length) throw new BackupRefused(`${source} fails its integrity check (${verdict.problems.join("; ")}); nothing was changed`);
  const behind = await pendingMigrations(`file:${source}`);
  if (behind.length) {
    throw new BackupRefused(`${source} lacks ${behind.length} migration(s) of this version (${behind.join(", ")}); it is not an Accord database of this version, nothing was changed`);
  }
  return { bytes: fs.statSync(source).size, tables: verdict.tables };
}

/**
 * Replaces the target database with the backup, never losing either: the backup is copied (through
 * SQLite) to a temporary file beside the target, checked, and renamed over it, so the target path
 * always holds one whole database. The replaced database is kept as
 * `<target>.before-restore-<stamp>`. Refused while another connection (the running app) has the
 * target open: it holds a lock that an exclusive-mode connection cannot get.
 */
export async function restoreSqlite(source: string, target: string, stamp = fileStamp()): Promise<{ kept: string | null }> {
  await checkRestorable(source);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const lock = fs.existsSync(target) ? lockTarget(target) : null;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.restore-${process.pid}.tmp`);
  let kept: string | null = null;
  try {
    fs.rmSync(temp, { force: true });
    const from = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await from.backup(temp, { progress: ({ totalPages }) => totalPages });
    } finally {
      from.close();
    }
    // The app keeps its database in WAL mode (lib/sqlite-adapter.ts); closing leaves no -wal behind.
    setJournalMode(temp, "WAL");
    const verdict = checkSqliteFile(temp);
    if (verdict.problems.length) throw new BackupRefused(`the copy of ${source} fails its integrity check; nothing was changed`);
    syncFile(temp);
    if (lock === "unreadable") {
      // A damaged target is what a restore is for: keep it, with its -wal, exactly as it is.
      kept = `${target}.before-restore-${stamp}`;
      for (const suffix of ["", "-wal", "-shm"]) {
        if (fs.existsSync(`${target}${suffix}`)) fs.renameSync(`${target}${suffix}`, `${kept}${suffix}`);
      }
    } else if (lock) {
      // Everything of the old database into its main file, then keep that file under another name.
      lock.pragma("wal_checkpoint(TRUNCATE)");
      kept = `${target}.before-restore-${stamp}`;
      fs.copyFileSync(target, kept, fs.constants.COPYFILE_EXCL);
      syncFile(kept);
      lock.close();
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) {
      const stale = `${target}${suffix}`;
      // After the checkpoint the -wal is empty; a non-empty one would hold data the kept copy lacks.
      if (suffix === "-wal" && fs.existsSync(stale) && fs.statSync(stale).size > 0) {
        throw new BackupRefused(`${stale} still holds changes that could not be checkpointed; stop the app and try again`);
      }
      fs.rmSync(stale, { force: true });
    }
    fs.renameSync(temp, target);
    syncDirectory(path.dirname(target));
    return { kept };
  } finally {
    if (lock && lock !== "unreadable" && lock.open) lock.close();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${temp}${suffix}`, { force: true });
  }
}

function lockTarget(target: string): Database.Database | "unreadable" {
  const db = new Database(target, { timeout: 500, fileMustExist: true });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return db;
  } catch (error) {
    db.close();
    const busy = error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY");
    if (busy) throw new BackupRefused(`${target} is in use (is the app running?); stop the app, then restore; nothing was changed`);
    return "unreadable";
  }
}

function setJournalMode(file: string, mode: "DELETE" | "WAL"): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma(`journal_mode = ${mode}`);
  } finally {
    db.close();
  }
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  }
}
