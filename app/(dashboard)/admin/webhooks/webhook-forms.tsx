"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  createWebhookAction,
  pauseWebhookAction,
  pingWebhookAction,
  resumeWebhookAction,
  retryWebhookDeliveryAction,
  rotateWebhookSecretAction,
} from "@/lib/actions/webhooks";
import type { ActionResult } from "@/lib/actions/authed-action";
import { WEBHOOK_EVENTS, webhookEventKey } from "@/lib/domain/webhook-events";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";
import { RowActionButton } from "@/app/_components/row-action-button";

const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/** The signing secret, shown once after it is made, with what to do with it. */
function SecretOnce({ secret }: { secret: string }) {
  const t = useTranslations("webhooks");
  return (
    <div className="md:col-span-2" role="status">
      <label htmlFor="webhook-secret" className="text-sm font-medium">
        {t("secret")}
      </label>
      <input id="webhook-secret" readOnly value={secret} data-testid="webhook-secret" className={`${field} font-mono`} onFocus={(e) => e.currentTarget.select()} />
      <p className="mt-1 text-xs text-slate-600">{t("secretOnce")}</p>
    </div>
  );
}

/** Registers an endpoint: name, HTTPS URL, the events it wants, optionally one organization's agreements. */
export function CreateWebhookForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const t = useTranslations("webhooks");
  const { pending, result, run, errors } = useAction();
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      url: String(form.get("url") ?? ""),
      events: form.getAll("events").map(String),
      organizationId: String(form.get("organizationId") ?? ""),
    };
    setCreated(null);
    run(async () => {
      const outcome: ActionResult = await createWebhookAction(input);
      const data = outcome.data as { id?: string; secret?: string } | undefined;
      if (outcome.ok && data?.id && data.secret) setCreated({ id: data.id, secret: data.secret });
      return outcome;
    });
  };
  const eventErrors = errors.events ?? Object.entries(errors).find(([k]) => k.startsWith("events."))?.[1];
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" aria-label={t("create")}>
      <div>
        <label htmlFor="webhook-name" className="text-sm font-medium">
          {t("name")}
        </label>
        <input id="webhook-name" name="name" required maxLength={100} className={field} aria-invalid={Boolean(errors.name)} aria-describedby="webhook-name-error" />
        <FieldError id="webhook-name-error" messages={errors.name} />
      </div>
      <div>
        <label htmlFor="webhook-url" className="text-sm font-medium">
          {t("url")}
        </label>
        <input
          id="webhook-url"
          name="url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://"
          className={`${field} font-mono`}
          aria-invalid={Boolean(errors.url)}
          aria-describedby="webhook-url-hint webhook-url-error"
        />
        <p id="webhook-url-hint" className="mt-1 text-xs text-slate-600">
          {t("urlHint")}
        </p>
        <FieldError id="webhook-url-error" messages={errors.url} />
      </div>
      <fieldset className="md:col-span-1" aria-describedby="webhook-events-error">
        <legend className="text-sm font-medium">{t("events")}</legend>
        {WEBHOOK_EVENTS.map((e) => (
          <label key={e} className="mt-1 flex items-start gap-2 text-sm">
            <input type="checkbox" name="events" value={e} defaultChecked={e !== "milestone.overdue"} className="mt-1" />
            <span>
              {t(`event.${webhookEventKey(e)}`)} <code className="text-xs text-slate-500">{e}</code>
            </span>
          </label>
        ))}
        <FieldError id="webhook-events-error" messages={eventErrors} />
      </fieldset>
      <div>
        <label htmlFor="webhook-organization" className="text-sm font-medium">
          {t("organization")}
        </label>
        <select id="webhook-organization" name="organizationId" defaultValue="" className={field} aria-invalid={Boolean(errors.organizationId)} aria-describedby="webhook-organization-error">
          <option value="">{t("allAgreements")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id="webhook-organization-error" messages={errors.organizationId} />
      </div>
      <div className="flex flex-wrap items-end gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {t("create")}
        </button>
        <FormMessage result={result} testId="webhook-message" />
        {created ? (
          <Link href={`/admin/webhooks/${created.id}`} className="text-sm text-blue-800 underline">
            {t("openCreated")}
          </Link>
        ) : null}
      </div>
      {created ? <SecretOnce secret={created.secret} /> : null}
    </form>
  );
}

/** Send a test event, pause or resume, make a new secret. */
export function EndpointControls({ endpointId, paused }: { endpointId: string; paused: boolean }) {
  const t = useTranslations("webhooks");
  const { pending, result, run } = useAction();
  const [secret, setSecret] = useState<string | null>(null);
  const button = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60";
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div className="flex flex-wrap items-center gap-2 md:col-span-2">
        <button type="button" disabled={pending} className={button} onClick={() => run(() => pingWebhookAction({ endpointId }))}>
          {t("ping")}
        </button>
        {paused ? (
          <button type="button" disabled={pending} className={button} onClick={() => run(() => resumeWebhookAction({ endpointId }))}>
            {t("resume")}
          </button>
        ) : (
          <button type="button" disabled={pending} className={button} onClick={() => run(() => pauseWebhookAction({ endpointId }))}>
            {t("pause")}
          </button>
        )}
        <button
          type="button"
          disabled={pending}
          className={button}
          onClick={() => {
            if (!window.confirm(t("rotateConfirm"))) return;
            setSecret(null);
            run(async () => {
              const outcome = await rotateWebhookSecretAction({ endpointId });
              const data = outcome.data as { secret?: string } | undefined;
              if (outcome.ok && data?.secret) setSecret(data.secret);
              return outcome;
            });
          }}
        >
          {t("rotate")}
        </button>
        <FormMessage result={result} testId="webhook-control-message" />
      </div>
      {secret ? <SecretOnce secret={secret} /> : null}
    </div>
  );
}

export function RetryWebhookButton({ endpointId, deliveryId, label }: { endpointId: string; deliveryId: string; label: string }) {
  const t = useTranslations("webhooks");
  return <RowActionButton label={t("retry")} accessibleName={`${t("retry")}: ${label}`} action={() => retryWebhookDeliveryAction({ endpointId, deliveryId })} />;
}
