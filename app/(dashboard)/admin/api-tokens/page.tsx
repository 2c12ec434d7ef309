import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { requirePermission } from "@/lib/auth/session";
import { listAllApiTokens } from "@/lib/data/api-tokens";
import { readOrganizations } from "@/lib/data/api-v1";
import { CreateTokenForm } from "@/app/_components/token-forms";
import { TokenTable } from "@/app/_components/token-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("adminTitle") };
}

/** Admins: every token (personal and service) with its last use; service tokens are created here. */
export default async function AdminApiTokensPage() {
  await requirePermission("user:manage");
  const [tokens, organizations, t] = await Promise.all([listAllApiTokens(), readOrganizations(), getTranslations()]);
  return (
    <ClientMessages namespaces={["tracking.update.reload", "apiTokens.name", "apiTokens.scope", "apiTokens.days", "apiTokens.organization", "apiTokens.create", "apiTokens.createService", "apiTokens.secret", "apiTokens.revoke", "apiTokens.scopes"]}>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("apiTokens.adminTitle")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("apiTokens.adminIntro")}</p>
        </div>
          <CreateTokenForm organizations={organizations.map((o) => ({ id: o.id, name: o.name }))} />
          <TokenTable tokens={tokens} admin now={new Date()} />
      </div>
    </ClientMessages>
  );
}
