import { useTranslations } from "next-intl";

/** Recovery codes, shown the one time they exist in clear (set-up and regeneration). */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const t = useTranslations("secondFactor");
  return (
    <>
      <p>{t("recoveryIntro")}</p>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-1 rounded-md bg-slate-50 p-3 font-mono">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}
