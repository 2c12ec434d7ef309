import { readFile } from "node:fs/promises";
import path from "node:path";
import swaggerUiDir from "swagger-ui-dist/absolute-path.js";
import swaggerUiPackage from "swagger-ui-dist/package.json";
import { z } from "zod";
import { problem, problemResponse } from "@/lib/auth/problem";

/**
 * The two files of Swagger UI (swagger-ui-dist, an npm dependency) that /api-reference loads,
 * served by the app itself: no CDN, nothing fetched from elsewhere. Public like /_next/static:
 * it is the same code for everyone and holds no data. Only these names are served, so no request
 * can read another file of node_modules.
 */
const FILES = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
} as const;

const fileSchema = z.enum(Object.keys(FILES) as [keyof typeof FILES, ...(keyof typeof FILES)[]]);

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const parsed = fileSchema.safeParse((await params).file);
  if (!parsed.success) return problemResponse(problem(404, "not_found", `Only ${fileSchema.options.join(" and ")} are served here.`));
  const file = parsed.data;
  const etag = `"swagger-ui-${swaggerUiPackage.version}-${file}"`;
  const headers = { "Content-Type": FILES[file], "Cache-Control": "public, max-age=86400", ETag: etag };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(await readFile(path.join(swaggerUiDir(), file)), { headers });
}
