import { getFormatter, getTranslations } from "next-intl/server";
import type { ApiTokenListItem } from "@/lib/data/api-tokens";
import { tokenRefusal } from "@/lib/domain/api-token";
import { RevokeTokenButton } from "./token-forms";

/** A list of tokens: what each may do, until when, when it was last used, and its state. */
export async function TokenTable({ tokens, admin, now }: { tokens: ApiTokenListItem[]; admin: boolean; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("apiTokens"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  const cell = "px-3 py-2 align-top";
  if (tokens.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  const columns = admin
    ? (["name", "kind", "owner", "scope", "hint", "created", "expires", "lastUsed", "state"] as const)
    : (["name", "scope", "hint", "created", "expires", "lastUsed", "state"] as const);
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="api-tokens">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">{t(`column.${c}`)}</th>
            ))}
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("revoke")}</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const state = tokenRefusal(token, now) ?? "active";
            return (
              <tr key={token.id} className="border-t border-slate-100" data-token-id={token.id}>
                <td className={cell}>{token.name}</td>
                {admin ? <td className={cell}>{t(`kinds.${token.kind === "service" ? "service" : "personal"}`)}</td> : null}
                {admin ? (
                  <td className={cell}>
                    {token.kind === "service" ? (token.organization?.name ?? "") : token.user.name}
                    <span className="block text-xs text-slate-600">{token.kind === "service" ? t("createdBy", { name: token.user.name }) : token.user.email}</span>
                  </td>
                ) : null}
                <td className={cell}>{t(`scopes.${token.scope === "read_write" ? "read_write" : "read"}`)}</td>
                <td className={`${cell} font-mono`}>{token.hint}…</td>
                <td className={cell}>{when(token.createdAt)}</td>
                <td className={cell}>{when(token.expiresAt)}</td>
                <td className={cell} data-testid="token-last-used">{when(token.lastUsedAt)}</td>
                <td className={cell}>{t(`states.${state}`)}</td>
                <td className={cell}>{state === "revoked" ? null : <RevokeTokenButton tokenId={token.id} admin={admin} label={token.name} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
