"use client";

import { createContext, useContext, type ReactNode } from "react";

export type ErrorTexts = { title: string; body: string; tryAgain: string };

const Context = createContext<ErrorTexts | null>(null);

/**
 * The error page's words, put in place by the root layout. The error boundary is a client
 * component on every page, the sign-in page included; through this it needs no message catalog
 * in the browser (the sign-in page ships none).
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <Context value={texts}>{children}</Context>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(Context);
  // Only reachable if the root layout stopped providing them: a bare retry button rather than a
  // crash of the page that is already showing an error (and no English in a translated page).
  return texts ?? { title: "", body: "", tryAgain: "↻" };
}
