import Link from "next/link";
import { useTranslations } from "next-intl";

/** The two halves of the translation review: the interface's messages and the content. */
export function ReviewSections({ current, locale }: { current: "messages" | "content"; locale: string }) {
  const t = useTranslations("translations");
  const link = "text-sm text-blue-800 underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline";
  return (
    <nav aria-label={t("title")} className="mt-2 flex gap-4">
      <Link href={`/admin/translations?locale=${locale}`} aria-current={current === "messages" ? "page" : undefined} className={link}>
        {t("sections.messages")}
      </Link>
      <Link href={`/admin/translations/content?locale=${locale}`} aria-current={current === "content" ? "page" : undefined} className={link}>
        {t("sections.content")}
      </Link>
    </nav>
  );
}
