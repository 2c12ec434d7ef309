"use client";

import type { ComponentPropsWithoutRef, MouseEvent } from "react";
import { useRouter } from "next/navigation";

/**
 * Plain `<a>` links inside, client-side navigation on a plain left click. For places with many
 * links (table rows, filter chips): a next/link each costs its own render on the server and a
 * prefetch request per visible link in the browser, where one handler here costs neither.
 * Modified clicks (new tab, download) and links out of the app keep the browser's behaviour.
 */
export function SoftLinks(props: ComponentPropsWithoutRef<"div">) {
  const router = useRouter();
  return <div {...props} onClick={(event) => navigateWithinApp(event, router.push)} />;
}

/** A link marked `data-keep-scroll` (a table's sort and page links) keeps the scroll position. */
function navigateWithinApp(event: MouseEvent, push: (href: string, options?: { scroll: boolean }) => void) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  const href = link?.getAttribute("href");
  if (!link || !href?.startsWith("/") || href.startsWith("//") || link.target || link.hasAttribute("download")) return;
  event.preventDefault();
  push(href, { scroll: !link.hasAttribute("data-keep-scroll") });
}
