import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "@/lib/data/notification-preferences";
import { unsubscribeQuerySchema } from "@/lib/validations/notification-preferences";

// The List-Unsubscribe target. No session: the signed token is the authority, and it can only
// turn off the one kind of mail it names for the one person it names.

/** A click on the link (a GET): never changes anything, it shows the page that asks to confirm. */
export function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  return NextResponse.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, request.url), 303);
}

/**
 * RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" and gets 200. The
 * confirmation page's form posts here too (with `confirm`) and is sent back to the page.
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const query = unsubscribeQuerySchema.safeParse({ token });
  const form = await request.formData().catch(() => null);
  const fromPage = form?.get("confirm") === "1";
  const outcome = query.success ? await unsubscribe(query.data.token) : ({ ok: false, reason: "invalid" } as const);
  if (fromPage) {
    const target = outcome.ok ? `/unsubscribe?done=${outcome.topic}` : `/unsubscribe?token=${encodeURIComponent(token)}`;
    return NextResponse.redirect(new URL(target, request.url), 303);
  }
  if (!outcome.ok) return new NextResponse(`Not unsubscribed: the link is ${outcome.reason}.\n`, { status: outcome.reason === "expired" ? 410 : 400 });
  return new NextResponse("Unsubscribed.\n", { status: 200 });
}
