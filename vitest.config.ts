import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/data modules are server-only; unit tests run them in Node directly.
      "server-only": path.resolve(import.meta.dirname, "tests/unit/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Tests that touch a database get their own SQLite file (tests/unit/support/test-db.ts).
    pool: "forks",
  },
});
