"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, updateUserAction } from "@/lib/actions/admin";
import { ROLES } from "@/lib/domain/vocabulary";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { UserSecurityControls } from "./user-security";
import { useAction } from "@/app/_components/use-action";

type Organization = { id: string; name: string; country: string };
type User = { id: string; email: string; name: string; role: string; organizationId: string | null; active: boolean; version: number; isDemo: boolean; activeSessions: number; secondFactorEnabled: boolean };

const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

function OrganizationSelect({ id, value, onChange, organizations, invalid }: { id: string; value: string; onChange: (v: string) => void; organizations: Organization[]; invalid: boolean }) {
  const t = useTranslations();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={field} aria-invalid={invalid} aria-describedby={`${id}-error`}>
      <option value="">{t("nav.noOrganization")}</option>
      {organizations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.country} · {o.name}
        </option>
      ))}
    </select>
  );
}

export function UserRow({ user, organizations }: { user: User; organizations: Organization[] }) {
  const t = useTranslations();
  const { pending, result, run, reload, errors } = useAction();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState(user.role);
  const [organizationId, setOrganizationId] = useState(user.organizationId ?? "");
  const [active, setActive] = useState(user.active);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => updateUserAction({ userId: user.id, version: user.version, name, role, organizationId, active }));
  };
  const p = `user-${user.id}`;
  return (
    <li className="py-3" data-user={user.email}>
      <form onSubmit={submit} noValidate className="grid items-start gap-3 md:grid-cols-[1fr_9rem_1.5fr_7rem_auto]" aria-label={user.email}>
        <div>
          <label htmlFor={`${p}-name`} className="text-xs text-slate-600">{user.email}{user.isDemo ? ` · ${t("admin.users.demo")}` : ""}</label>
          <input id={`${p}-name`} value={name} onChange={(e) => setName(e.target.value)} className={field} aria-invalid={Boolean(errors.name)} aria-describedby={`${p}-name-error`} />
          <FieldError id={`${p}-name-error`} messages={errors.name} />
        </div>
        <div>
          <label htmlFor={`${p}-role`} className="text-xs text-slate-600">{t("admin.users.role")}</label>
          <select id={`${p}-role`} value={role} onChange={(e) => setRole(e.target.value)} className={field} aria-invalid={Boolean(errors.role)} aria-describedby={`${p}-role-error`}>
            {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
          <FieldError id={`${p}-role-error`} messages={errors.role} />
        </div>
        <div>
          <label htmlFor={`${p}-org`} className="text-xs text-slate-600">{t("admin.users.organization")}</label>
          <OrganizationSelect id={`${p}-org`} value={organizationId} onChange={setOrganizationId} organizations={organizations} invalid={Boolean(errors.organizationId)} />
          <FieldError id={`${p}-org-error`} messages={errors.organizationId} />
        </div>
        <div className="pt-5">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} aria-describedby={`${p}-active-error`} />
            {t("admin.users.active")}
          </label>
          <FieldError id={`${p}-active-error`} messages={errors.active} />
        </div>
        <div className="pt-5">
          <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            {t("admin.save")}
          </button>
        </div>
      </form>
      <FormMessage result={result} onReload={reload} />
      <UserSecurityControls userId={user.id} email={user.email} activeSessions={user.activeSessions} secondFactorEnabled={user.secondFactorEnabled} />
    </li>
  );
}

export function CreateUserForm({ organizations }: { organizations: Organization[] }) {
  const t = useTranslations();
  const { pending, result, run, errors } = useAction();
  const [values, setValues] = useState({ email: "", name: "", role: "viewer", organizationId: "", password: "" });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => createUserAction(values), () => setValues({ email: "", name: "", role: "viewer", organizationId: "", password: "" }));
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid gap-3 md:grid-cols-2" aria-label={t("admin.users.create")}>
      {(["email", "name", "password"] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`new-user-${key}`} className="text-sm font-medium">{t(`admin.users.${key}`)}</label>
          <input id={`new-user-${key}`} type={key === "password" ? "password" : key === "email" ? "email" : "text"} autoComplete={key === "password" ? "new-password" : "off"} value={values[key]} onChange={set(key)} className={field} aria-invalid={Boolean(errors[key])} aria-describedby={`new-user-${key}-error`} />
          <FieldError id={`new-user-${key}-error`} messages={errors[key]} />
        </div>
      ))}
      <div>
        <label htmlFor="new-user-role" className="text-sm font-medium">{t("admin.users.role")}</label>
        <select id="new-user-role" value={values.role} onChange={set("role")} className={field}>
          {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="new-user-org" className="text-sm font-medium">{t("admin.users.organization")}</label>
        <OrganizationSelect id="new-user-org" value={values.organizationId} onChange={(v) => setValues((s) => ({ ...s, organizationId: v }))} organizations={organizations} invalid={Boolean(errors.organizationId)} />
        <FieldError id="new-user-org-error" messages={errors.organizationId} />
      </div>
      <div className="flex items-end gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">{t("admin.users.createButton")}</button>
        <FormMessage result={result} />
      </div>
    </form>
  );
}
