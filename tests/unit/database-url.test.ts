import { describe, expect, it } from "vitest";
import { databaseProvider, describeDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { postgresSettings } from "@/scripts/lib/cli-postgres-adapter";

describe("databaseProvider", () => {
  it("tells SQLite files from PostgreSQL URLs", () => {
    expect(databaseProvider("file:./data/accord.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://u:p@db.internal:5432/accord")).toBe("postgresql");
    expect(databaseProvider("postgres://u@localhost/accord")).toBe("postgresql");
  });

  it("refuses anything else, saying what it expects", () => {
    for (const url of ["mysql://u@h/db", "./data/accord.db", "", "http://postgresql://x"]) {
      expect(() => databaseProvider(url), url).toThrow(/expects "file:/);
    }
  });
});

describe("describeDatabaseUrl", () => {
  it("never shows a PostgreSQL password", () => {
    const text = describeDatabaseUrl("postgresql://accord:s%3Dcr3t%40x@db.internal:6543/accord_prod?sslmode=require");
    expect(text).toBe("accord@db.internal:6543/accord_prod");
    expect(text).not.toMatch(/cr3t/);
  });

  it("fills the default port and keeps SQLite paths as they are", () => {
    expect(describeDatabaseUrl("postgres://u:pw@localhost/db")).toBe("u@localhost:5432/db");
    expect(describeDatabaseUrl("file:./data/accord.db")).toBe("file:./data/accord.db");
  });

  it("does not echo a URL it cannot parse (it may hold a password)", () => {
    expect(describeDatabaseUrl("postgresql://u:secret@[bad")).not.toMatch(/secret/);
  });
});

describe("postgresSettings (the CLI adapter's pg settings)", () => {
  it("passes each part on its own, decoded, so a shadow database name is not overridden", () => {
    expect(postgresSettings("postgresql://accord:p%40ss%3Bw@127.0.0.1:5433/accord_e2e")).toEqual({
      host: "127.0.0.1",
      port: 5433,
      user: "accord",
      password: "p@ss;w",
      database: "accord_e2e",
    });
  });

  it("keeps TLS when the URL asks for it", () => {
    expect(postgresSettings("postgresql://u:p@db/accord?sslmode=require").ssl).toEqual({ rejectUnauthorized: false });
    expect(postgresSettings("postgresql://u:p@db/accord?sslmode=verify-full").ssl).toEqual({ rejectUnauthorized: true });
    expect(postgresSettings("postgresql://u:p@db/accord").ssl).toBeUndefined();
  });
});

describe("sqliteFilePath", () => {
  it("resolves against the project folder and drops query parameters", () => {
    expect(sqliteFilePath("file:./data/x.db?connection_limit=1")).toBe(`${process.cwd()}/data/x.db`);
  });
});
