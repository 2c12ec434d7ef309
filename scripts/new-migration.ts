// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the last committed
// schema (git HEAD) to the current prisma/schema.prisma. Diffing two schema files needs no
// database, which is the path that works offline with Prisma's driver-adapter engine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { z } from "zod";

const name = z
  .string()
  .regex(/^[a-z0-9_]{1,60}$/, "a name of lower-case letters, digits and underscores")
  .safeParse(process.argv[2]);
if (!name.success) {
  console.error(`name: expects ${name.error.issues[0]?.message}, e.g. npm run db:new-migration -- add_visit_notes`);
  process.exit(1);
}

const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "accord-schema-")), "schema.prisma");
fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(
  path.join("node_modules", ".bin", "prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
  console.log("No schema change since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name.data}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then npm run db:migrate.`);
