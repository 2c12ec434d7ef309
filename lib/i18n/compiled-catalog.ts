// Messages as the app's pages format them: compiled once on the server (icu-minify, next-intl's
// own compiler) into plain JSON, so that neither the server's requests nor the browser parse ICU
// syntax again. next.config.js points use-intl's formatter at its compiled-only variant, which
// is under 1 KiB in the browser instead of the ~12 KiB ICU parser and formatter
// (bench/first-load-js.ts). The catalog files, the translation review (lib/i18n/message-shape.ts)
// and the e-mails (lib/mail/render.ts, run by the notification worker outside Next) keep the
// message text.
import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";
import type { Messages } from "./catalog";

type Tree = { [key: string]: unknown };

/** A nested catalog with every message compiled; the same keys. */
export type CompiledCatalog = { [key: string]: CompiledMessage | CompiledCatalog };

function compileTree(tree: Tree): CompiledCatalog {
  const out: CompiledCatalog = {};
  for (const [key, value] of Object.entries(tree)) {
    // Plain objects: the compiler's option maps have no prototype, which React will not pass to
    // a client component.
    if (typeof value === "string") out[key] = JSON.parse(JSON.stringify(compile(value))) as CompiledMessage;
    else if (value && typeof value === "object") out[key] = compileTree(value as Tree);
  }
  return out;
}

/**
 * The catalog compiled, typed as the catalog so that next-intl's typed keys still apply (its
 * translators read compiled messages once next.config.js aliases the formatter).
 */
export const compileCatalog = (messages: Messages): Messages => compileTree(messages as unknown as Tree) as unknown as Messages;
