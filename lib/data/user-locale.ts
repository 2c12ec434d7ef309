import "server-only";
import { prisma } from "../db";
import { isLocale, type Locale } from "../i18n/locales";

// The interface language is a personal preference: it changes what one person reads, not what
// anyone may do nor anything tracked, so it is neither audited nor versioned (an admin's edit of
// the same user is not refused because its owner switched language meanwhile), and it does not
// move the data revision: no cached read depends on it (lib/auth/session.ts leaves it out).

/** Stores the language someone chose in the menu on their account. */
export async function saveAccountLocale(userId: string, locale: Locale): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

/**
 * The language stored on an account, for sign-in. A code Accord does not have (a language since
 * removed, a hand-edited row) counts as none chosen, so the cookie or the browser decide.
 */
export async function accountLocaleByEmail(email: string): Promise<Locale | null> {
  const user = await prisma.user.findUnique({ where: { email }, select: { locale: true, active: true } });
  return user?.active && isLocale(user.locale) ? user.locale : null;
}
