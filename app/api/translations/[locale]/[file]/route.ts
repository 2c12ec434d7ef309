import { jsonError, withApiUser } from "@/lib/auth/api";
import { exportedCatalogFile } from "@/lib/data/message-translations";
import { catalogFileParamsSchema } from "@/lib/validations/translations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; file: string }> };

/**
 * One catalog file of a language as the translation review left it, e.g.
 * /api/translations/kk/common.json: put it in messages/kk/ and commit. Admins only.
 */
export const GET = withApiUser<Context>("user:manage", async (_request, _user, context) => {
  const parsed = catalogFileParamsSchema.safeParse(await context.params);
  if (!parsed.success) return jsonError(404, "No such catalog file: expects /api/translations/{az|kk|ru}/{file}.json");
  const body = await exportedCatalogFile(parsed.data.locale, parsed.data.file);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${parsed.data.file}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
