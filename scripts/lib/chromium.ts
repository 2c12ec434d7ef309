import fs from "node:fs";

/**
 * The Chromium that Playwright drives, for the e2e suite and the benches. Playwright cannot
 * download browsers on our machines, so Debian's are used where they exist:
 *
 * 1. `CHROMIUM_PATH`, when set;
 * 2. `/usr/bin/chromium-headless-shell` (Debian's `chromium-headless-shell`): the headless-only
 *    build Playwright itself runs for headless tests. On our two cores it opens a page in about
 *    130 ms where the full browser's new headless mode takes 400-700 ms, which halved the e2e suite;
 * 3. `/usr/bin/chromium` (Debian's `chromium`);
 * 4. else Playwright's own browser (`npx playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => fs.existsSync(path));
}
