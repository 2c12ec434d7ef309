import type { Metadata } from "next";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { agreementFormOptions } from "@/lib/data/agreement-admin";
import { CreateUserForm, UserRow } from "./user-forms";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  await requirePermission("user:manage");
  const [users, { organizations }, t] = await Promise.all([listUsers(), agreementFormOptions(await readerLocale()), getTranslations("admin.users")]);
  return (
    <ClientMessages namespaces={["nav.noOrganization", "role", "tracking.update.reload", "admin.save", "admin.users", "sessions.adminEnd", "sessions.adminActive", "secondFactor.adminOn", "secondFactor.adminOff", "secondFactor.adminResetButton"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <section aria-labelledby="users-list" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="users-list" className="sr-only">{t("title")}</h2>
          <ul className="divide-y divide-slate-100">
            {users.map((u) => (
              <UserRow
                key={`${u.id}-${u.version}`}
                organizations={organizations}
                user={{ id: u.id, email: u.email, name: u.name, role: u.role, organizationId: u.organizationId, active: u.active, version: u.version, isDemo: u.isDemo, activeSessions: u._count.sessions, secondFactorEnabled: u.totpEnabledAt !== null }}
              />
            ))}
          </ul>
        </section>
        <section aria-labelledby="new-user" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="new-user" className="text-lg font-semibold">{t("create")}</h2>
          <CreateUserForm organizations={organizations} />
        </section>
      </div>
    </ClientMessages>
  );
}
