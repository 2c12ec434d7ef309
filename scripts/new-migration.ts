// npm run db:new-migration -- <name>
// Writes the migration from the last committed schema (git HEAD) to the current
// prisma/schema.prisma, for both databases under the same folder name:
//   prisma/migrations/<timestamp>_<name>/migration.sql             (SQLite)
//   prisma/postgresql/migrations/<timestamp>_<name>/migration.sql  (PostgreSQL)
// and regenerates prisma/postgresql/schema.prisma. Diffing two schema files needs no database,
// which is the path that works offline with Prisma's driver-adapter engine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { z } from "zod";
import { PRISMA_PATHS, type DatabaseProvider } from "../lib/database-url";
import { postgresSchema, writePostgresSchema } from "./lib/schema-variants";
import { unsafeScriptChunks } from "./lib/migration-script";

const name = z
  .string()
  .regex(/^[a-z0-9_]{1,60}$/, "a name of lower-case letters, digits and underscores")
  .safeParse(process.argv[2]);
if (!name.success) {
  console.error(`name: expects ${name.error.issues[0]?.message}, e.g. npm run db:new-migration -- add_visit_notes`);
  process.exit(1);
}

const committed = execFileSync("git", ["show", `HEAD:${PRISMA_PATHS.sqlite.schema}`], { encoding: "utf8" });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accord-schema-"));
const previous: Record<DatabaseProvider, string> = {
  sqlite: path.join(tmp, "sqlite.prisma"),
  postgresql: path.join(tmp, "postgresql.prisma"),
};
fs.writeFileSync(previous.sqlite, committed);
fs.writeFileSync(previous.postgresql, postgresSchema(committed));
writePostgresSchema();

function diff(provider: DatabaseProvider): string {
  return execFileSync(
    path.join("node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-schema-datamodel", previous[provider], "--to-schema-datamodel", PRISMA_PATHS[provider].schema, "--script"],
    { encoding: "utf8" },
  );
}

const scripts = { sqlite: diff("sqlite"), postgresql: diff("postgresql") };
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(scripts.sqlite)) {
  console.log("No schema change since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of ["sqlite", "postgresql"] as const) {
  const dir = path.join(PRISMA_PATHS[provider].migrations, `${stamp}_${name.data}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), scripts[provider]);
  console.log(`Wrote ${dir}/migration.sql`);
}
console.log(
  "Review both, add the same data changes to both if any (in the PostgreSQL one, a semicolon only\n" +
    "ends a statement: see README, Database changes), then npm run db:migrate.",
);
if (unsafeScriptChunks(scripts.postgresql).length > 0) console.warn("The PostgreSQL script already breaks that rule: check it.");
