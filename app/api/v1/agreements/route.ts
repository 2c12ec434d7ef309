import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { badRequest, jsonWithEtag, withApiToken } from "@/lib/auth/api-v1";
import { env } from "@/lib/env";
import { decodeCursor, encodeCursor, queryFingerprint } from "@/lib/domain/api-cursor";
import { listAgreementPage } from "@/lib/data/api-v1";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";
import { pageLimit, type agreementListOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

// Without AUTH_SECRET (development only) a key of this process: cursors then last until a restart.
const processKey = randomBytes(32).toString("hex");
const cursorSecret = () => env().AUTH_SECRET ?? processKey;

/** The agreements table with every filter, in its order, paged by an opaque signed cursor. */
export const GET = withApiToken("agreement:read", async (request, caller) => {
  const params = new URL(request.url).searchParams;
  const { page: _page, size: _size, hide: _hide, ...query } = parseAgreementQuery(params);
  const fingerprint = queryFingerprint(query);
  const limit = pageLimit.parse(params.get("limit") ?? undefined);
  const given = params.get("cursor");
  let after = null;
  if (given !== null) {
    const decoded = decodeCursor(cursorSecret(), given, fingerprint);
    if (!decoded.ok) {
      badRequest(
        decoded.reason === "other-query" ? "cursor_other_query" : "cursor_invalid",
        decoded.reason === "other-query" ? "The cursor was made for other filters or another order." : "The cursor is not one this API issued.",
      );
    }
    after = { value: decoded.cursor.value, reference: decoded.cursor.reference };
  }
  const { items, next } = await listAgreementPage(
    { ...query, page: 1, size: 25, hide: [] },
    { limit, after, viewer: caller.user },
  );
  const body: z.infer<typeof agreementListOut> = {
    items,
    limit,
    nextCursor: next ? encodeCursor(cursorSecret(), { ...next, fingerprint }) : null,
  };
  return jsonWithEtag(request, body);
});
