"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createSavedViewAction, deleteSavedViewAction, renameSavedViewAction } from "@/lib/actions/table";
import type { SavedViewItem } from "@/lib/data/saved-views";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

const field = "rounded-md border border-slate-300 px-2 py-1 text-sm";

/** Named filters: private, or shared with everyone by an admin. */
export function SavedViews({ views, currentQuery, canShare }: { views: SavedViewItem[]; currentQuery: string; canShare: boolean }) {
  const t = useTranslations();
  const { pending, result, run, errors } = useAction();
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const save = (e: FormEvent) => {
    e.preventDefault();
    run(() => createSavedViewAction({ name, query: currentQuery, shared }), () => setName(""));
  };
  return (
    <details className="relative" data-testid="saved-views">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">{t("views.menu", { count: views.length })}</summary>
      <div className="absolute right-0 z-10 mt-1 w-96 space-y-3 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        {views.length === 0 ? <p className="text-sm text-slate-600">{t("views.none")}</p> : null}
        <ul className="space-y-2">
          {views.map((v) => <ViewItem key={`${v.id}-${v.name}`} view={v} />)}
        </ul>
        <form onSubmit={save} noValidate className="space-y-2 border-t border-slate-100 pt-3" aria-label={t("views.saveTitle")}>
          <label htmlFor="view-name" className="block text-sm font-medium">{t("views.name")}</label>
          <input id="view-name" value={name} onChange={(e) => setName(e.target.value)} className={`${field} w-full`} aria-invalid={Boolean(errors.name)} aria-describedby="view-name-error" />
          <FieldError id="view-name-error" messages={errors.name} />
          {canShare ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
              {t("views.share")}
            </label>
          ) : null}
          <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white">{t("views.save")}</button>
          <FormMessage result={result} />
        </form>
      </div>
    </details>
  );
}

function ViewItem({ view }: { view: SavedViewItem }) {
  const t = useTranslations();
  const { pending, result, run, errors } = useAction();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(view.name);
  const rename = (e: FormEvent) => {
    e.preventDefault();
    run(() => renameSavedViewAction({ viewId: view.id, name }), () => setRenaming(false));
  };
  return (
    <li className="text-sm" data-view={view.name}>
      {renaming ? (
        <form onSubmit={rename} noValidate className="flex gap-1" aria-label={t("views.rename")}>
          <label htmlFor={`rename-${view.id}`} className="sr-only">{t("views.name")}</label>
          <input id={`rename-${view.id}`} value={name} onChange={(e) => setName(e.target.value)} className={`${field} flex-1`} aria-describedby={`rename-${view.id}-error`} />
          <button type="submit" disabled={pending} className={field}>{t("admin.save")}</button>
          <FieldError id={`rename-${view.id}-error`} messages={errors.name} />
        </form>
      ) : (
        <div className="flex items-center justify-between gap-2">
          <Link href={view.query ? `/agreements?${view.query}` : "/agreements"} className="text-blue-800 underline">
            {view.name}
          </Link>
          <span className="text-xs text-slate-500">{view.shared ? t("views.sharedBy", { name: view.owner }) : t("views.private")}</span>
          {view.canManage ? (
            <span className="flex gap-1">
              <button type="button" className="text-xs underline" onClick={() => setRenaming(true)}>{t("views.rename")}</button>
              <button type="button" className="text-xs text-red-800 underline" disabled={pending} onClick={() => run(() => deleteSavedViewAction({ viewId: view.id }))} aria-label={t("views.deleteNamed", { name: view.name })}>
                {t("views.delete")}
              </button>
            </span>
          ) : null}
        </div>
      )}
      <FormMessage result={result && !result.ok ? result : null} />
    </li>
  );
}
