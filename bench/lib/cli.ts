// Command-line options shared by the benchmark scripts, validated with zod like every other input.
import { parseArgs } from "node:util";
import { z } from "zod";
import { isPostgresUrl, isSqliteUrl } from "../../lib/database-url";

const schema = z.object({
  /** A generated SQLite portfolio, or a PostgreSQL copy of one (npm run bench:to-postgres). */
  database: z
    .string()
    .refine((v) => isSqliteUrl(v) || isPostgresUrl(v), { message: 'expects "file:./data/bench.db" or "postgresql://…"' })
    .default("file:./data/bench.db"),
  port: z.coerce.number().int().min(1024).max(65535).default(3300),
  /** Seconds of load per target; page benchmarks split them over --rounds interleaved rounds. */
  duration: z.coerce.number().int().min(1).max(600).default(12),
  rounds: z.coerce.number().int().min(1).max(20).default(4),
  /** A slow target runs past --duration until it has 10 responses per connection, up to this. */
  maxDuration: z.coerce.number().int().min(1).max(1800).default(300),
  warmup: z.coerce.number().int().min(0).max(120).default(3),
  connections: z.coerce.number().int().min(1).max(256).default(16),
  build: z.boolean().default(true),
});
export type BenchOptions = z.infer<typeof schema>;

/** --database, --port, --duration (s), --rounds, --max-duration (s), --warmup (s), --connections, --skip-build. */
export function benchOptions(
  extra: Record<string, { type: "string" | "boolean" }> = {},
  defaults: { port?: number } = {},
): {
  options: BenchOptions;
  rest: Record<string, string | boolean | undefined>;
} {
  const { values } = parseArgs({
    options: {
      database: { type: "string" },
      port: { type: "string" },
      duration: { type: "string" },
      rounds: { type: "string" },
      "max-duration": { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      "skip-build": { type: "boolean" },
      ...extra,
    },
  });
  const parsed = schema.safeParse({
    port: defaults.port,
    ...values,
    maxDuration: values["max-duration"],
    build: !values["skip-build"],
  });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
    process.exit(2);
  }
  return { options: parsed.data, rest: values as Record<string, string | boolean | undefined> };
}
