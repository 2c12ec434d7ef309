"use client";

import { useEffect, useRef, useState } from "react";

const BUNDLE_URL = "/api/reference-ui/swagger-ui-bundle.js";

let bundle: Promise<void> | null = null;

/**
 * Loads Swagger UI's bundle once per page life. The script element is created by our own
 * (nonce-carrying) code, which the CSP's 'strict-dynamic' trusts; no inline script is needed.
 */
function loadBundle(): Promise<void> {
  if (window.SwaggerUIBundle) return Promise.resolve();
  bundle ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = BUNDLE_URL;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      bundle = null;
      script.remove();
      reject(new Error(`${BUNDLE_URL} did not load`));
    };
    document.head.append(script);
  });
  return bundle;
}

type Props = { specUrl: string; loading: string; failed: string };

/** Swagger UI rendering the OpenAPI document, with "Try it out" against the same origin. */
export function SwaggerReference({ specUrl, loading, failed }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    let current = true;
    // Swagger UI leaves its server <select> without a name, and renders it again as it pleases
    // (once after onComplete had already run, on a loaded machine): name it, by its visible
    // title, whenever one appears.
    const nameServers = () =>
      host.current?.querySelectorAll("select#servers:not([aria-label])").forEach((select) => select.setAttribute("aria-label", "Servers"));
    const observer = new MutationObserver(nameServers);
    if (host.current) observer.observe(host.current, { childList: true, subtree: true });
    loadBundle().then(
      () => {
        if (!current || !host.current || !window.SwaggerUIBundle) return;
        host.current.replaceChildren();
        window.SwaggerUIBundle({
          domNode: host.current,
          url: specUrl,
          // Deep links put an <a> inside each operation's <button> (nested interactive controls).
          deepLinking: false,
          docExpansion: "list",
          defaultModelsExpandDepth: 0,
          displayRequestDuration: true,
          filter: true,
          // Never send the document to swagger.io's validator.
          validatorUrl: null,
          // A pasted token stays in this tab's memory only.
          persistAuthorization: false,
          onComplete: nameServers,
        });
        setState("ready");
      },
      () => current && setState("failed"),
    );
    return () => {
      current = false;
      observer.disconnect();
    };
  }, [specUrl]);

  return (
    <div aria-busy={state === "loading"}>
      {state === "loading" ? <p className="text-sm text-slate-700" role="status">{loading}</p> : null}
      {state === "failed" ? <p className="text-sm text-red-800" role="alert">{failed}</p> : null}
      <div ref={host} className="swagger-host" data-testid="swagger-ui" />
    </div>
  );
}
