"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export type AttachOption = { value: string; label: string };

type Item = {
  key: string;
  name: string;
  loaded: number;
  total: number;
  state: "sending" | "done" | "failed" | "cancelled";
  reason?: string;
  xhr?: XMLHttpRequest;
};

type Refusal = { details?: { code?: string; values?: Record<string, string | number> } };

/**
 * Several files at once, chosen with a real file input (keyboard and screen readers) or dropped
 * on the zone. Each file is its own request, the file itself as the body (streamed by the
 * browser), so each has its own progress bar and cancel button and one refusal stops no other.
 */
export function DocumentUpload({
  reference,
  attachOptions,
  maxMb,
  fixedTarget,
}: {
  reference: string;
  attachOptions: AttachOption[];
  maxMb: number;
  /** "milestone:<id>" or "update:<id>": the files go there, and the choice is not offered. */
  fixedTarget?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [chosenTarget, setAttachTo] = useState("");
  const attachTo = fixedTarget ?? chosenTarget;
  const [restricted, setRestricted] = useState(false);
  const [over, setOver] = useState(false);
  const pending = useRef(0);

  const update = (key: string, patch: Partial<Item>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const reasonOf = (xhr: XMLHttpRequest) => {
    try {
      const body = JSON.parse(xhr.responseText) as Refusal;
      const code = body.details?.code;
      // client-messages: documents.errors
      if (code && t.has(code)) return t(code, body.details?.values ?? {});
    } catch {
      // Not JSON: fall through to the status line.
    }
    return `${xhr.status} ${xhr.statusText}`;
  };

  const send = (file: File) => {
    const key = `${file.name}-${file.size}-${Math.random()}`;
    const params = new URLSearchParams({ name: file.name, restricted: restricted ? "1" : "0" });
    const [kind, target] = attachTo.split(":");
    if (kind === "milestone" && target) params.set("milestoneId", target);
    if (kind === "update" && target) params.set("statusUpdateId", target);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/agreements/${encodeURIComponent(reference)}/documents?${params}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => update(key, { loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    const finish = (patch: Partial<Item>) => {
      update(key, { ...patch, xhr: undefined });
      pending.current -= 1;
      if (pending.current === 0) router.refresh();
    };
    xhr.onload = () => (xhr.status === 201 ? finish({ state: "done", loaded: file.size }) : finish({ state: "failed", reason: reasonOf(xhr) }));
    xhr.onerror = () => finish({ state: "failed", reason: t("documents.upload.networkError") });
    xhr.onabort = () => finish({ state: "cancelled" });
    pending.current += 1;
    setItems((list) => [...list, { key, name: file.name, loaded: 0, total: file.size, state: "sending", xhr }]);
    xhr.send(file);
  };
  const sendAll = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) send(file);
    if (input.current) input.current.value = "";
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    sendAll(e.dataTransfer.files);
  };

  return (
    <div className="no-print space-y-3 rounded-md border border-slate-200 p-4">
      <h3 className="text-sm font-semibold">{t("documents.upload.title")}</h3>
      <div className="flex flex-wrap items-end gap-4">
        {fixedTarget ? null : <div>
          <label htmlFor={`${id}-attach`} className="block text-xs font-medium">{t("documents.upload.attachTo")}</label>
          <select id={`${id}-attach`} value={attachTo} onChange={(e) => setAttachTo(e.target.value)} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm">
            <option value="">{t("documents.agreementAsWhole")}</option>
            {attachOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} aria-describedby={`${id}-restricted-help`} />
          {t("documents.restricted")}
        </label>
      </div>
      <p id={`${id}-restricted-help`} className="text-xs text-slate-600">{t("documents.restrictedHelp")}</p>
      <div
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="document-drop-zone"
        className={`rounded-md border-2 border-dashed p-4 text-sm ${over ? "border-blue-600 bg-blue-50" : "border-slate-300"}`}
      >
        <label htmlFor={`${id}-files`} className="font-medium">{t("documents.upload.choose")}</label>{" "}
        <span className="text-slate-600">{t("documents.upload.drop")}</span>
        <input ref={input} id={`${id}-files`} type="file" multiple onChange={(e) => sendAll(e.target.files)} aria-describedby={`${id}-accepted`} className="mt-2 block text-sm" />
        <p id={`${id}-accepted`} className="mt-1 text-xs text-slate-600">{t("documents.upload.accepted", { max: maxMb })}</p>
      </div>
      {items.length ? (
        <ul className="space-y-2" aria-live="polite" data-testid="upload-list">
          {items.map((item) => (
            <li key={item.key} className="text-sm" data-upload-state={item.state}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{item.name}</span>
                <progress max={item.total || 1} value={item.loaded} aria-label={t("documents.upload.progress", { name: item.name })} className="h-2 w-40" />
                <span className="text-xs text-slate-600">
                  {item.state === "sending" ? t("documents.upload.sending", { percent: item.total ? Math.round((100 * item.loaded) / item.total) : 0 }) : null}
                  {item.state === "done" ? t("documents.upload.done") : null}
                  {item.state === "cancelled" ? t("documents.upload.cancelled") : null}
                  {item.state === "failed" ? <span className="text-red-800" data-testid="upload-error">{t("documents.upload.failed", { reason: item.reason ?? "" })}</span> : null}
                </span>
                {item.state === "sending" ? (
                  <button type="button" onClick={() => item.xhr?.abort()} className="rounded-md border border-slate-300 px-2 py-0.5 text-xs" aria-label={t("documents.upload.cancelUpload", { name: item.name })}>
                    {t("documents.cancel")}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
