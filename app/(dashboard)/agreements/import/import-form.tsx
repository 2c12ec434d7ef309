"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { confirmImport, previewImport, type ImportPreview } from "@/lib/actions/import";
import { IMPORT_MAX_BYTES } from "@/lib/domain/limits";
import { ImportPreviewView } from "./import-preview";

type Message = { text: string; tone: "error" | "success" };

export function ImportForm({ visits }: { visits: { id: string; title: string }[] }) {
  const t = useTranslations();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);

  function run(kind: "preview" | "confirm") {
    const formElement = form.current;
    if (!formElement) return;
    const data = new FormData(formElement);
    const file = data.get("file");
    setMessage(null);
    setFileError(null);
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t("import.errors.noFile"));
      return;
    }
    // Checked here too so a big file is refused before it is uploaded at all.
    if (file.size > IMPORT_MAX_BYTES) {
      setPreview(null);
      setFileError(t("import.errors.tooLarge", { max: "2 MB" }));
      return;
    }
    if (kind === "confirm" && preview?.plan) data.set("digest", preview.plan.digest);
    startTransition(async () => {
      try {
        const result = kind === "preview" ? await previewImport(data) : await confirmImport(data);
        const values = result.values ?? {};
        if (result.fieldErrors?.file) setFileError(result.fieldErrors.file.join(" "));
        if (kind === "confirm" && result.ok) {
          setPreview(null);
          formElement.reset();
          setMessage({ text: t("import.done", values), tone: "success" });
          return;
        }
        const next = result.data && "fileName" in result.data ? result.data : null;
        setPreview(next);
        if (!result.ok && result.message && !result.fieldErrors?.file) setMessage({ text: result.text ?? result.message, tone: "error" });
      } catch {
        setMessage({ text: t("import.uploadFailed"), tone: "error" });
      }
    });
  }

  return (
    <div className="space-y-4">
      <form
        ref={form}
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-5"
        onSubmit={(e) => {
          e.preventDefault();
          run("preview");
        }}
        onChange={() => setPreview(null)}
      >
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t("import.fileLabel")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="import-file-help import-file-error"
            aria-invalid={fileError ? true : undefined}
            className="mt-1 block text-sm"
          />
          <p id="import-file-help" className="mt-1 text-xs text-slate-600">
            {t("import.fileHelp")}
          </p>
          <p id="import-file-error" aria-live="polite" className="mt-1 text-sm text-red-700" data-field-error="file">
            {fileError}
          </p>
        </div>
        <div>
          <label htmlFor="import-visit" className="block text-sm font-medium">
            {t("import.visitLabel")}
          </label>
          <select id="import-visit" name="visitId" defaultValue={visits[0]?.id} className="mt-1 block max-w-md rounded border border-slate-300 px-2 py-1 text-sm" aria-describedby="import-visit-help">
            {visits.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
              </option>
            ))}
          </select>
          <p id="import-visit-help" className="mt-1 text-xs text-slate-600">
            {t("import.visitHelp")}
          </p>
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-50">
          {pending ? t("import.working") : t("import.preview")}
        </button>
      </form>

      <div aria-live="polite" data-testid="import-message">
        {message ? (
          <p className={message.tone === "error" ? "rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800" : "rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900"}>
            {message.text}
          </p>
        ) : null}
      </div>

      {preview ? <ImportPreviewView preview={preview} pending={pending} onConfirm={() => run("confirm")} /> : null}
    </div>
  );
}
