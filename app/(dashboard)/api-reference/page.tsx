import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { apiV1Document } from "@/lib/validations/api-v1-openapi";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiReference"))("title") };
}

type Schema = Record<string, unknown>;
type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
type Doc = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  webhooks?: Record<string, { post?: Operation }>;
  components?: { schemas?: Record<string, Schema> };
};

const refName = (schema: Schema | undefined) => (typeof schema?.$ref === "string" ? schema.$ref.split("/").pop() : null);
const typeOf = (schema: Schema | undefined) =>
  refName(schema) ?? (Array.isArray(schema?.enum) ? (schema.enum as string[]).join(" | ") : String(schema?.type ?? ""));

/**
 * The API reference for people, rendered on the server from the same OpenAPI document that
 * /api/v1/openapi.json serves: no script at all, so it sits inside the app's CSP as every page.
 */
export default async function ApiReferencePage() {
  await requirePermission("agreement:read");
  const [t, doc] = await Promise.all([getTranslations("apiReference"), Promise.resolve(apiV1Document() as unknown as Doc)]);
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const anchor = (name: string) => `schema-${name}`;
  const cell = "px-2 py-1 align-top";
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <Link href="/account/api-tokens" className="text-sm text-blue-800 underline">← {t("tokens")}</Link>
        <h1 className="mt-3 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{doc.info.description}</p>
        <p className="mt-1 text-sm">
          {t("version", { version: doc.info.version })} · <a href="/api/v1/openapi.json" className="text-blue-800 underline">openapi.json</a>
        </p>
      </div>
      <nav aria-label={t("operations")} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <ul className="space-y-1 font-mono">
          {operations.map(({ path, method }) => (
            <li key={`${method} ${path}`}>
              <a href={`#${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`} className="text-blue-800 underline">{method.toUpperCase()} /api/v1{path}</a>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, op }) => (
        <section key={`${method} ${path}`} id={`${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="api-operation">
          <h2 className="font-mono text-base font-semibold">{method.toUpperCase()} /api/v1{path}</h2>
          <p>{op.summary}</p>
          {op.description ? <p className="text-slate-700">{op.description}</p> : null}
          {op.parameters?.length ? (
            <table className="w-full text-left">
              <caption className="text-left font-medium">{t("parameters")}</caption>
              <thead><tr>{(["name", "in", "type", "required", "description"] as const).map((c) => <th key={c} scope="col" className={cell}>{t(`column.${c}`)}</th>)}</tr></thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={`${p.in} ${p.name}`} className="border-t border-slate-100">
                    <td className={`${cell} font-mono`}>{p.name}</td>
                    <td className={cell}>{p.in}</td>
                    <td className={`${cell} font-mono`}>{typeOf(p.schema)}</td>
                    <td className={cell}>{p.required ? t("yes") : t("no")}</td>
                    <td className={cell}>{p.description ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {op.requestBody?.content
            ? Object.entries(op.requestBody.content).map(([type, media]) => (
                <p key={type}>
                  {t("requestBody")}: <span className="font-mono">{type}</span>, <a href={`#${anchor(refName(media.schema) ?? "")}`} className="font-mono text-blue-800 underline">{refName(media.schema)}</a>
                </p>
              ))
            : null}
          <h3 className="font-medium">{t("responses")}</h3>
          <ul className="list-disc pl-5">
            {Object.entries(op.responses ?? {}).map(([status, response]) => {
              const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
              const name = refName(media?.schema);
              return (
                <li key={status}>
                  <span className="font-mono">{status}</span> {response.description}
                  {type ? <span className="font-mono"> · {type}{name ? <> · <a href={`#${anchor(name)}`} className="text-blue-800 underline">{name}</a></> : null}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <section className="space-y-3" aria-labelledby="api-webhooks">
        <h2 id="api-webhooks" className="text-xl font-semibold">{t("webhooks")}</h2>
        <p className="text-sm text-slate-700">{t("webhooksIntro")}</p>
        {Object.entries(doc.webhooks ?? {}).map(([event, item]) => (
          <div key={event} id={`webhook-${event.replace(/[^a-z0-9]+/gi, "-")}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="api-webhook">
            <h3 className="font-mono font-semibold">{event}</h3>
            <p>{item.post?.summary}</p>
            {item.post?.description ? <p className="text-slate-700">{item.post.description}</p> : null}
            <pre className="mt-2 relative overflow-x-auto text-xs">{JSON.stringify(item.post?.requestBody?.content?.["application/json"]?.schema ?? {}, null, 2)}</pre>
          </div>
        ))}
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("schemas")}</h2>
        {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
          <div key={name} id={anchor(name)} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h3 className="font-mono font-semibold">{name}</h3>
            <pre className="mt-2 relative overflow-x-auto text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </div>
        ))}
      </section>
    </div>
  );
}
