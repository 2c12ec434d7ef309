// @prisma/adapter-pg 6.19 applies a migration file (`prisma migrate deploy`) by splitting it at
// every semicolon and sending the pieces one by one, so a semicolon in a comment, a string or a
// function body cuts a statement in two ("syntax error at or near …"). This finds such pieces.

const STATEMENT_START =
  /^(ALTER|BEGIN|COMMENT|COMMIT|CREATE|DELETE|DO|DROP|GRANT|INSERT|REVOKE|SELECT|SET|TRUNCATE|UPDATE|WITH)\b/i;

/** The pieces of a migration script, split as adapter-pg splits it, that do not start a statement. */
export function unsafeScriptChunks(script: string): string[] {
  return script
    .split(";")
    .map((chunk) =>
      chunk
        .split("\n")
        .filter((line) => !line.trim().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((chunk) => chunk.length > 0 && !STATEMENT_START.test(chunk));
}
