import type { z } from "zod";

// RFC 9457 problem details for /api/v1. `type` is a URN per problem (stable, machine-readable,
// and not a link that must resolve); `code` repeats it in short for clients that switch on it.

export type FieldError = { field: string; code: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  428: "Precondition Required",
  429: "Too Many Requests",
};

export function problem(status: number, code: string, detail?: string, extra: Record<string, unknown> = {}): Problem {
  return { type: `urn:accord:problem:${code}`, title: TITLES[status] ?? "Error", status, code, ...(detail ? { detail } : {}), ...extra };
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

/**
 * Field errors from a zod failure. An unknown body field is named as its own field
 * (`unknown_field`), so a client sees which of its fields the API does not take.
 */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ field: base ? `${base}.${key}` : key, code: "unknown_field" });
      continue;
    }
    out.push({ field: base || "_body", code: issue.message });
  }
  return out;
}

/** Field errors as lib/data reports them (catalog keys by field). */
export function fieldErrorsFromRecord(record: Record<string, string[]>): FieldError[] {
  return Object.entries(record).flatMap(([field, codes]) => codes.map((code) => ({ field, code })));
}
