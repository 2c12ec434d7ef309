"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createPersonalTokenAction, createServiceTokenAction, revokeAnyTokenAction, revokeOwnTokenAction } from "@/lib/actions/api-tokens";
import type { ActionResult } from "@/lib/actions/authed-action";
import { API_TOKEN_EXPIRY_CHOICES, API_TOKEN_SCOPES } from "@/lib/domain/api-token-options";
import { FieldError } from "./field-error";
import { FormMessage } from "./form-message";
import { useAction } from "./use-action";
import { RowActionButton } from "./row-action-button";

const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/** Creates a personal token, or (with organizations) a service token; shows the secret once. */
export function CreateTokenForm({ organizations }: { organizations?: { id: string; name: string }[] }) {
  const t = useTranslations("apiTokens");
  const { pending, result, run, errors } = useAction();
  const [secret, setSecret] = useState<string | null>(null);
  const service = organizations !== undefined;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      scope: String(form.get("scope") ?? ""),
      days: String(form.get("days") ?? ""),
      ...(service ? { organizationId: String(form.get("organizationId") ?? "") } : {}),
    };
    setSecret(null);
    run(async () => {
      const outcome: ActionResult = service ? await createServiceTokenAction(input) : await createPersonalTokenAction(input);
      const data = outcome.data as { secret?: string } | undefined;
      if (outcome.ok && data?.secret) setSecret(data.secret);
      return outcome;
    });
  };
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" aria-label={service ? t("createService") : t("create")}>
      <div>
        <label htmlFor="token-name" className="text-sm font-medium">{t("name")}</label>
        <input id="token-name" name="name" required maxLength={100} className={field} aria-invalid={Boolean(errors.name)} aria-describedby="token-name-error" />
        <FieldError id="token-name-error" messages={errors.name} />
      </div>
      {service ? (
        <div>
          <label htmlFor="token-organization" className="text-sm font-medium">{t("organization")}</label>
          <select id="token-organization" name="organizationId" className={field} aria-invalid={Boolean(errors.organizationId)} aria-describedby="token-organization-error">
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </select>
          <FieldError id="token-organization-error" messages={errors.organizationId} />
        </div>
      ) : null}
      <div>
        <label htmlFor="token-scope" className="text-sm font-medium">{t("scope")}</label>
        <select id="token-scope" name="scope" defaultValue="read" className={field}>
          {API_TOKEN_SCOPES.map((s) => (
            <option key={s} value={s}>{t(`scopes.${s}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="token-days" className="text-sm font-medium">{t("days")}</label>
        <select id="token-days" name="days" defaultValue="90" className={field}>
          {API_TOKEN_EXPIRY_CHOICES.map((d) => (
            <option key={d} value={d}>{d}</option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {service ? t("createService") : t("create")}
        </button>
        <FormMessage result={result} testId="token-message" />
      </div>
      {secret ? (
        <div className="md:col-span-2" role="status">
          <label htmlFor="token-secret" className="text-sm font-medium">{t("secret")}</label>
          <input id="token-secret" readOnly value={secret} data-testid="token-secret" className={`${field} font-mono`} />
        </div>
      ) : null}
    </form>
  );
}

export function RevokeTokenButton({ tokenId, admin, label }: { tokenId: string; admin: boolean; label: string }) {
  const t = useTranslations("apiTokens");
  return (
    <RowActionButton
      label={t("revoke")}
      accessibleName={`${t("revoke")}: ${label}`}
      tone="danger"
      action={() => (admin ? revokeAnyTokenAction({ tokenId }) : revokeOwnTokenAction({ tokenId }))}
    />
  );
}
