"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { saveNotificationSettingsAction } from "@/lib/actions/notification-settings";
import { DIGEST_FREQUENCIES, EMAIL_CHANNELS, NOTIFICATION_KINDS, type EmailChannel, type NotificationKind } from "@/lib/domain/notification-kinds";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

type Settings = {
  channels: Record<NotificationKind, EmailChannel>;
  digestFrequency: (typeof DIGEST_FREQUENCIES)[number];
  timeZone: string;
};

const field = "mt-1 block w-full max-w-sm rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export function PreferencesForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const t = useTranslations("notificationPrefs");
  const { pending, result, run, errors } = useAction();
  const [channels, setChannels] = useState(settings.channels);
  const [digestFrequency, setDigestFrequency] = useState(settings.digestFrequency);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => saveNotificationSettingsAction({ channels, digestFrequency, timeZone }));
  };
  return (
    <form onSubmit={submit} className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 text-sm">
      <div className="space-y-3">
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind} className="flex flex-wrap items-center gap-x-5 gap-y-1 border-b border-slate-100 pb-3" data-kind={kind}>
            <legend className="sr-only">{t("channelLegend", { kind: t(`kind.${kind}`) })}</legend>
            <span aria-hidden className="w-full font-medium sm:w-80">
              {t(`kind.${kind}`)}
            </span>
            {EMAIL_CHANNELS.map((channel) => (
              <label key={channel} className="inline-flex items-center gap-1.5">
                <input
                  type="radio"
                  name={`channel-${kind}`}
                  value={channel}
                  checked={channels[kind] === channel}
                  onChange={() => setChannels({ ...channels, [kind]: channel })}
                />
                {t(`channel.${channel}`)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div>
        <label htmlFor="digest-frequency" className="font-medium">
          {t("digestFrequency")}
        </label>
        <select
          id="digest-frequency"
          className={field}
          value={digestFrequency}
          onChange={(e) => setDigestFrequency(e.target.value as Settings["digestFrequency"])}
        >
          {DIGEST_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`frequency.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="time-zone" className="font-medium">
          {t("timeZone")}
        </label>
        <select
          id="time-zone"
          className={field}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          aria-describedby="time-zone-hint time-zone-error"
          aria-invalid={Boolean(errors.timeZone)}
        >
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <p id="time-zone-hint" className="mt-1 text-slate-600">
          {t("timeZoneHint")}
        </p>
        <FieldError id="time-zone-error" messages={errors.timeZone} />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60">
          {t("save")}
        </button>
        <FormMessage result={result} testId="preferences-message" />
      </div>
    </form>
  );
}
