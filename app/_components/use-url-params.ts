"use client";

import { useEffect, useRef, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { withQueryChanges } from "@/lib/url-state/query-changes";

/**
 * Table state lives in the URL: every change is a navigation (so links reproduce the view and
 * the back button steps back). A value of null removes the parameter. Quick successive changes
 * build on the last requested URL, not on the one still rendered, so none is lost.
 */
export function useUrlParams() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const requested = useRef<string | null>(null);
  const current = searchParams.toString();
  useEffect(() => {
    if (requested.current === current) requested.current = null;
  }, [current]);

  const update = (changes: Record<string, string | null>, options: { resetPage?: boolean } = { resetPage: true }) => {
    const params = withQueryChanges(requested.current ?? current, changes);
    if (options.resetPage && !("page" in changes)) params.delete("page");
    const query = params.toString();
    requested.current = query;
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };
  return { params: searchParams, update, pending };
}
