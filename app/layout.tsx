import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorTextsProvider } from "./_components/error-texts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

/**
 * No message catalog travels from here: the sign-in page's client parts get their words as props,
 * and the signed-in pages' layout puts the catalog their client components use in place
 * (app/(dashboard)/layout.tsx). Only the error page's three texts are everywhere.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("errors")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ErrorTextsProvider texts={{ title: t("errorTitle"), body: t("errorBody"), tryAgain: t("tryAgain") }}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
