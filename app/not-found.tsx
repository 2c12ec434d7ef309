import { getTranslations } from "next-intl/server";

// A plain link: these boundaries are part of every page, the sign-in page included, and next/link
// would add its client code to all of them for one way home.
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl p-10 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundBody")}</p>
      <a href="/" className="mt-6 inline-block text-blue-800 underline">
        {t("goHome")}
      </a>
    </main>
  );
}
