import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { apiV1Document } from "@/lib/validations/api-v1-openapi";
import { SwaggerReference } from "./swagger-reference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiReference"))("title") };
}

const SPEC_URL = "/api/v1/openapi.json";

/**
 * The API reference for people: Swagger UI (swagger-ui-dist, served by the app itself from
 * /api/reference-ui) rendering the same OpenAPI document that /api/v1/openapi.json serves, so
 * the reference can never drift from the contract the tests check.
 */
export default async function ApiReferencePage() {
  await requirePermission("agreement:read");
  const t = await getTranslations("apiReference");
  const { info } = apiV1Document();
  return (
    <div className="max-w-6xl space-y-4">
      {/* React hoists it into <head>; our own origin, so style-src 'self' allows it. */}
      <link rel="stylesheet" href="/api/reference-ui/swagger-ui.css" precedence="default" />
      <div>
        <Link href="/account/api-tokens" className="text-sm text-blue-800 underline">← {t("tokens")}</Link>
        <h1 className="mt-3 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
        <p className="mt-1 text-sm">
          {t("version", { version: info.version })} · <a href={SPEC_URL} className="text-blue-800 underline">openapi.json</a>
        </p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white">
        <SwaggerReference specUrl={SPEC_URL} loading={t("loading")} failed={t("failed")} />
      </div>
    </div>
  );
}
