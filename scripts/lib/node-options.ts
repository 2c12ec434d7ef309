/**
 * V8's young generation for the app server, in MiB per semi-space (Node's default is 16). A page
 * render allocates a few MiB, and with many requests in flight their data is still alive at each
 * scavenge, so the default scavenges every few requests and copies (then promotes) that data
 * again and again. At 64 MiB every page served 20-30% more requests per second under load, for
 * ~150-200 MiB more resident memory (bench/README.md, "Third round").
 */
export const SERVER_SEMI_SPACE_MIB = 64;

/** NODE_OPTIONS for `next start`: the semi-space size added unless the operator set one. */
export function serverNodeOptions(current: string | undefined): string {
  const options = (current ?? "").trim();
  if (/(^|\s)--max-semi-space-size(=|\s|$)/.test(options)) return options;
  return `${options} --max-semi-space-size=${SERVER_SEMI_SPACE_MIB}`.trim();
}
