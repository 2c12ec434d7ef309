import type { APIRequestContext, APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "./test";
import { db } from "./db";
import { apiTokenHint, hashApiTokenSecret, newApiTokenSecret } from "../../../lib/domain/api-token";
import type { ApiTokenScope } from "../../../lib/domain/api-token-options";

/** A token of this test, written straight to the database as the token pages would write it. */
export async function createApiToken(
  userId: string,
  options: { scope?: ApiTokenScope; organizationId?: string; expiresAt?: Date; revokedAt?: Date } = {},
): Promise<{ id: string; secret: string }> {
  const secret = newApiTokenSecret();
  const token = await db.apiToken.create({
    data: {
      name: `E2E token ${secret.slice(7, 13)}`,
      kind: options.organizationId ? "service" : "personal",
      scope: options.scope ?? "read_write",
      secretHash: hashApiTokenSecret(secret),
      hint: apiTokenHint(secret),
      userId,
      createdById: userId,
      organizationId: options.organizationId ?? null,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 30 * 86_400_000),
      revokedAt: options.revokedAt ?? null,
    },
  });
  return { id: token.id, secret };
}

type Call = { token?: string; json?: unknown; headers?: Record<string, string> };

export function apiCall(request: APIRequestContext, method: "GET" | "POST", url: string, call: Call = {}): Promise<APIResponse> {
  const headers = { ...(call.token ? { Authorization: `Bearer ${call.token}` } : {}), ...(call.headers ?? {}) };
  return method === "GET" ? request.get(url, { headers }) : request.post(url, { headers, data: call.json ?? {} });
}

export async function expectProblem(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = (await response.json()) as { type: string; status: number; code: string; title: string };
  expect(body).toMatchObject({ status, code, type: `urn:accord:problem:${code}` });
  return body as Record<string, unknown>;
}

type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };

/**
 * Validates real responses against the served OpenAPI document: the schema for the path template,
 * method, status and media type, with its $refs resolved inside the document.
 */
export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  checked = new Set<string>();

  constructor(private readonly doc: OpenApi) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ ...doc, $id: "openapi" });
  }

  static async load(request: APIRequestContext): Promise<ContractChecker> {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    return new ContractChecker((await response.json()) as OpenApi);
  }

  async check(template: string, method: "get" | "post", response: APIResponse) {
    const status = String(response.status());
    const declared = this.doc.paths[template]?.[method]?.responses[status];
    expect(declared, `${method.toUpperCase()} ${template} ${status} is documented`).toBeDefined();
    this.checked.add(`${method.toUpperCase()} ${template}`);
    if (status === "304") return;
    const type = (response.headers()["content-type"] ?? "").split(";")[0] as string;
    expect(Object.keys(declared?.content ?? {}), `${template} ${status} media type`).toContain(type);
    const pointer = ["paths", template, method, "responses", status, "content", type, "schema"]
      .map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1")))
      .join("/");
    const validate = this.ajv.getSchema(`openapi#/${pointer}`);
    expect(validate, pointer).toBeDefined();
    const body: unknown = await response.json();
    const valid = validate?.(body);
    expect(valid, `${method.toUpperCase()} ${template} ${status}: ${JSON.stringify(validate?.errors)}`).toBe(true);
  }
}
