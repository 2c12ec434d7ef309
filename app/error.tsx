"use client";

import { useErrorTexts } from "./_components/error-texts";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <main id="main" className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-slate-600">{t.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-800 px-4 py-2 text-white">
        {t.tryAgain}
      </button>
    </main>
  );
}
