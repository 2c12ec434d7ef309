import { NextResponse } from "next/server";

// Liveness probe and the benchmarks' floor: answers without touching the database or the session,
// so its latency is what the server costs before any application work. Dynamic so that it runs
// per request (a prerendered static answer would make the floor unrealistically cheap).
export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
