import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { requirePermission } from "@/lib/auth/session";
import { listOwnApiTokens } from "@/lib/data/api-tokens";
import { CreateTokenForm } from "@/app/_components/token-forms";
import { TokenTable } from "@/app/_components/token-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

/** The person's own API tokens: create (the secret is shown once), see their last use, revoke. */
export default async function ApiTokensPage() {
  const user = await requirePermission("agreement:read");
  const [tokens, t] = await Promise.all([listOwnApiTokens(user.id), getTranslations()]);
  return (
    <ClientMessages namespaces={["tracking.update.reload", "apiTokens.name", "apiTokens.scope", "apiTokens.days", "apiTokens.organization", "apiTokens.create", "apiTokens.createService", "apiTokens.secret", "apiTokens.revoke", "apiTokens.scopes"]}>
      <div className="max-w-5xl space-y-6">
        <div>
          <Link href="/account" className="text-sm text-blue-800 underline">← {t("account.title")}</Link>
          <h1 className="mt-3 text-2xl font-semibold">{t("apiTokens.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("apiTokens.intro")}</p>
          <p className="mt-1 text-sm">
            <Link href="/api-reference" className="text-blue-800 underline">{t("apiReference.title")}</Link>
            {" · "}
            <a href="/api/v1/openapi.json" className="text-blue-800 underline">{t("apiTokens.reference")}</a>
          </p>
        </div>
          <CreateTokenForm />
          <TokenTable tokens={tokens} admin={false} now={new Date()} />
      </div>
    </ClientMessages>
  );
}
