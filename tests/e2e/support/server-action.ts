import type { APIResponse, Page, Request } from "@playwright/test";
import { E2E_BASE_URL } from "./constants";

export type CapturedAction = { url: string; id: string; body: string };

/**
 * The server action request a UI step sends (its id and arguments), to replay it as someone else
 * or with other arguments: a server action is a public endpoint, so the server must refuse what
 * the page would never offer.
 */
export async function captureServerAction(page: Page, matches: (body: string) => boolean, step: () => Promise<void>): Promise<CapturedAction> {
  const request: Promise<Request> = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]) && matches(r.postData() ?? ""));
  await step();
  const r = await request;
  return { url: r.url(), id: r.headers()["next-action"], body: r.postData() ?? "" };
}

export function replayServerAction(page: Page, action: CapturedAction, body = action.body): Promise<APIResponse> {
  return page.request.post(action.url, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: E2E_BASE_URL },
    data: body,
  });
}
