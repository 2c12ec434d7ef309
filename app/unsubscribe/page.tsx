import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { checkUnsubscribe } from "@/lib/data/notification-preferences";
import { UNSUBSCRIBE_TOPICS } from "@/lib/domain/unsubscribe-token";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("title") };
}

const searchSchema = z.object({
  token: z.string().max(400).optional().catch(undefined),
  done: z.enum(UNSUBSCRIBE_TOPICS as [string, ...string[]]).optional().catch(undefined),
});

/**
 * Where an unsubscribe link opened in a browser lands. It asks before changing anything (link
 * scanners open links too); a changed or expired link gets a clear page and changes nothing.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = searchSchema.parse(await searchParams);
  const t = await getTranslations();
  const topic = (key: string) => t(`mail.topic.${key}` as "mail.topic.digest");
  let body: React.ReactNode;
  if (query.done) {
    body = <p data-testid="unsubscribe-done">{t("unsubscribe.done", { topic: topic(query.done) })}</p>;
  } else {
    const check = await checkUnsubscribe(query.token ?? "");
    if (!check.ok) {
      body = (
        <p role="alert" data-testid="unsubscribe-refused">
          {check.reason === "expired" ? t("unsubscribe.expired") : t("unsubscribe.invalid")}
        </p>
      );
    } else {
      body = (
        <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(query.token ?? "")}`} className="space-y-4">
          <input type="hidden" name="confirm" value="1" />
          <p>{t("unsubscribe.confirmBody", { topic: topic(check.topic), email: check.email })}</p>
          <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            {t("unsubscribe.confirm")}
          </button>
        </form>
      );
    }
  }
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-12 text-sm">
      <h1 className="text-2xl font-semibold">{t("unsubscribe.title")}</h1>
      {body}
      <p>
        <Link href="/account/notifications" className="text-blue-800 underline">
          {t("unsubscribe.settingsLink")}
        </Link>
      </p>
    </main>
  );
}
