import { apiV1Document } from "@/lib/validations/api-v1-openapi";

export const dynamic = "force-static";

// Public, like any API's published contract: it names endpoints and fields, no data.
const document = JSON.stringify(apiV1Document());

export function GET(): Response {
  return new Response(document, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
}
