import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/data/session-user";
import { can } from "@/lib/domain/permissions";
import { logout } from "@/lib/actions/auth";
import { NavLink } from "./nav-link";
import { LocaleMenu } from "./locale-menu";
import { NotificationsLink } from "./notifications-link";
import { readerLocale } from "@/app/_i18n/reader-locale";

export async function AppHeader({ user }: { user: CurrentUser }) {
  const [t, locale] = await Promise.all([getTranslations(), readerLocale()]);
  const links = [
    { href: "/", label: t("nav.dashboard"), show: true },
    { href: "/agreements", label: t("nav.agreements"), show: true },
    { href: "/my-work", label: t("myWork.navLink"), show: true },
    { href: "/reports/status", label: t("reports.navLink"), show: can(user, "report:export") },
    { href: "/admin/audit", label: t("nav.audit"), show: can(user, "audit:read") },
    { href: "/admin/users", label: t("nav.users"), show: can(user, "user:manage") },
    { href: "/admin/deliveries", label: t("deliveries.navLink"), show: can(user, "user:manage") },
    { href: "/admin/api-tokens", label: t("apiTokens.navLink"), show: can(user, "user:manage") },
    { href: "/admin/webhooks", label: t("webhooks.navLink"), show: can(user, "user:manage") },
    { href: "/admin/translations", label: t("translations.navLink"), show: can(user, "user:manage") },
    { href: "/admin/challenges", label: t("nav.challenges"), show: can(user, "challenge:manage") },
    { href: "/admin/organizations", label: t("nav.organizations"), show: can(user, "agreement:manage") },
  ].filter((l) => l.show);
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-blue-900">
          {t("app.name")}
        </Link>
        {/* On a phone the links scroll sideways on a line of their own instead of stacking. */}
        <nav
          aria-label={t("nav.main")}
          className="order-last -mx-1 flex w-full flex-nowrap gap-1 relative overflow-x-auto whitespace-nowrap md:order-none md:mx-0 md:w-auto md:flex-1 md:flex-wrap"
        >
          {links.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
          <NotificationsLink userId={user.id} />
          <LocaleMenu account locale={locale} label={t("locale.label")} />
          <div className="text-right leading-tight" data-testid="current-user">
            <Link href="/account" className="font-medium hover:underline" title={t("account.link")}>
              {user.name}
            </Link>
            <div className="hidden text-slate-600 sm:block">
              {t(`role.${user.role}`)} · {user.organizationName ?? t("nav.noOrganization")}
            </div>
          </div>
          <form action={logout}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
              {t("nav.logout")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
