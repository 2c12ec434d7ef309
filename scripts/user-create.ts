// npm run user:create -- --email a@b.c --name "Full Name" --role admin [--organization NAME] [--password P]
import { parseArgs } from "node:util";
import readline from "node:readline";
import { loadDotEnv } from "./lib/dotenv";
import { ensureClientFor } from "./lib/prepare";
import { DEFAULT_DATABASE_URL } from "../lib/database-url";
import { ROLES } from "../lib/domain/vocabulary";

loadDotEnv();
ensureClientFor(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, { regenerate: false });
const { createUser, findOrganizationByName, UserDataError } = await import("../lib/data/users");
const { createUserSchema } = await import("../lib/validations/user");
const { EN_MESSAGES: messages } = await import("../lib/i18n/catalog");

const usage = `Usage: npm run user:create -- --email EMAIL --name "NAME" --role ${ROLES.join("|")} [--organization NAME] [--password PASSWORD]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Catalog keys (from the shared zod schemas) to English text. */
function text(key: string): string {
  const [group, name] = key.split(".");
  const table = (messages as unknown as Record<string, Record<string, string>>)[group ?? ""];
  return table?.[name ?? ""] ?? key;
}

function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail("No --password given and no terminal to ask for one.");
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
      write.call(rl, s.startsWith(question) ? s : "");
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

let args;
try {
  args = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      organization: { type: "string" },
      password: { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
if (!args.email || !args.name || !args.role) fail(usage);

let organizationId: string | null = null;
if (args.organization) {
  const org = await findOrganizationByName(args.organization);
  if (!org) fail(`--organization: no organization named "${args.organization}"`);
  organizationId = org.id;
}

let password = args.password;
if (password === undefined) {
  password = await askHidden("Password (12+ characters, letters with digits or symbols): ");
  const again = await askHidden("Repeat the password: ");
  if (again !== password) fail("The passwords do not match.");
}

const parsed = createUserSchema.safeParse({ email: args.email, name: args.name, role: args.role, organizationId, password });
if (!parsed.success) {
  fail(parsed.error.issues.map((i) => `--${String(i.path[0] ?? "input").replace("organizationId", "organization")}: ${text(i.message)}`).join("\n"));
}
try {
  const user = await createUser(parsed.data, null);
  console.log(`Created ${user.role} ${user.email}${args.organization ? ` (${args.organization})` : ""}.`);
} catch (error) {
  if (error instanceof UserDataError) fail(`--${(error.field ?? "input").replace("organizationId", "organization")}: ${text(error.message)}`);
  throw error;
}
