import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponseObject } from "zod-openapi";
import {
  agreementListOut,
  agreementListQuery,
  agreementOut,
  challengeListOut,
  commentCreateBody,
  commentListOut,
  commentOut,
  historyOut,
  milestoneCompleteBody,
  milestoneCreateBody,
  milestoneListOut,
  milestoneOut,
  milestoneReopenBody,
  organizationListOut,
  problemOut,
  statusUpdateBody,
  statusUpdateCreatedOut,
  visitListOut,
} from "./api-v1";
import { webhookPayloadSchemas } from "./webhooks";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate with
// and return (lib/validations/api-v1.ts). Served at /api/v1/openapi.json; the e2e contract test
// validates every endpoint's real responses against it.

export const API_VERSION = "1.0.0";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const problemContent = { "application/problem+json": { schema: problemOut } };
const problemResponse = (description: string): ZodOpenApiResponseObject => ({ description, content: problemContent });

const common: Record<string, ZodOpenApiResponseObject> = {
  "401": problemResponse("No token, or a malformed, unknown, expired or revoked one (`code` says which)."),
  "403": problemResponse("A read token on a write, or a permission the token's role does not hold."),
  "429": {
    description: "The token's rate limit; retry after the given seconds.",
    headers: z.object({ "Retry-After": z.string() }),
    content: problemContent,
  },
};

const read = (summary: string, schema: z.ZodType, extra: Partial<ZodOpenApiOperationObject> = {}): ZodOpenApiOperationObject => ({
  summary,
  ...extra,
  responses: {
    "200": { description: "OK", headers: z.object({ ETag: z.string() }), content: json(schema) },
    "304": { description: "Not modified (If-None-Match matched the ETag)." },
    ...common,
    "404": problemResponse("No such agreement."),
    ...(extra.responses ?? {}),
  },
});

const write = (summary: string, body: z.ZodType, status: "200" | "201", schema: z.ZodType, description: string): ZodOpenApiOperationObject => ({
  summary,
  description,
  requestBody: { required: true, content: json(body) },
  requestParams: { header: z.object({ "If-Match": z.string().optional().meta({ description: 'The version, e.g. "3", instead of "version" in the body.' }) }) },
  responses: {
    [status]: { description: status === "201" ? "Created" : "OK", content: json(schema) },
    "400": problemResponse("Invalid input: `errors` names each field (an unknown field is `unknown_field`)."),
    ...common,
    "404": problemResponse("No such agreement or milestone."),
    "409": problemResponse("Stale version (`changedBy`, `changedAt` say who changed it and when), or a state that forbids it."),
    "413": problemResponse("Body larger than 64 KiB."),
    "415": problemResponse("Not application/json."),
    "428": problemResponse("Neither `version` nor If-Match given."),
  },
});

const reference = z.object({ reference: z.string().meta({ description: "The agreement's reference, e.g. AZ-KZ-2025-001." }) });
const milestonePath = reference.extend({ milestoneId: z.string() });

export function apiV1Document() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Accord API",
      version: API_VERSION,
      description:
        "Read and update the implementation of agreements. Authenticate with `Authorization: Bearer <token>` " +
        "(a personal token from Your account → API tokens, or a service token from an administrator). " +
        "Errors are RFC 9457 problem details. Reads carry an ETag and honour If-None-Match.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "accord_… token" } } },
    paths: {
      "/agreements": {
        get: read("The agreements table: every filter, its order, cursor pagination", agreementListOut, {
          requestParams: { query: agreementListQuery },
          responses: { "400": problemResponse("A cursor this API did not issue, or one made for other filters.") },
        }),
      },
      "/agreements/{reference}": { get: read("One agreement", agreementOut, { requestParams: { path: reference } }) },
      "/agreements/{reference}/history": { get: read("Its status updates, newest first", historyOut, { requestParams: { path: reference } }) },
      "/agreements/{reference}/milestones": {
        get: read("Its milestones", milestoneListOut, { requestParams: { path: reference } }),
        post: { ...write("Add a milestone", milestoneCreateBody, "201", milestoneOut, "Needs a read-write token allowed to track the agreement."), requestParams: { path: reference } },
      },
      "/agreements/{reference}/milestones/{milestoneId}/complete": {
        post: { ...write("Complete a milestone", milestoneCompleteBody, "200", milestoneOut, "Based on the milestone's version."), requestParams: { path: milestonePath } },
      },
      "/agreements/{reference}/milestones/{milestoneId}/reopen": {
        post: { ...write("Reopen a milestone", milestoneReopenBody, "200", milestoneOut, "Based on the milestone's version."), requestParams: { path: milestonePath } },
      },
      "/agreements/{reference}/status-updates": {
        post: { ...write("Post a status update", statusUpdateBody, "201", statusUpdateCreatedOut, "Based on the agreement's version."), requestParams: { path: reference } },
      },
      "/agreements/{reference}/comments": {
        get: read("Its discussion, oldest first", commentListOut, { requestParams: { path: reference } }),
        post: { ...write("Comment", commentCreateBody, "201", commentOut, "Needs a read-write token of someone who may comment."), requestParams: { path: reference } },
      },
      "/organizations": { get: read("Organizations", organizationListOut) },
      "/visits": { get: read("Visits", visitListOut) },
      "/challenges": { get: read("Challenges (archived ones flagged)", challengeListOut) },
    },
    // What Accord POSTs to the endpoints admins register (Admin → Webhooks), signed per Standard Webhooks.
    webhooks: Object.fromEntries(
      Object.entries(webhookPayloadSchemas).map(([type, schema]) => [
        type,
        {
          post: {
            summary: schema.meta()?.description ?? type,
            description:
              "Headers: `webhook-id` (the event's id), `webhook-timestamp` (Unix seconds of this attempt) and " +
              "`webhook-signature: v1,<base64 HMAC-SHA256 of \"{id}.{timestamp}.{body}\">`, keyed with the base64 " +
              "bytes after the endpoint secret's `whsec_` prefix. Answer 2xx within 10 s; anything else is retried.",
            requestBody: { required: true, content: json(schema) },
            responses: { "200": { description: "Received (any 2xx)." } },
          },
        },
      ]),
    ),
  });
}
