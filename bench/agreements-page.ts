// `npm run bench:agreements [-- --duration 12 --rounds 4 --connections 16 --port 3300 --skip-build]`
// Issue 4: the agreements page (filtered, sorted, 50 rows; and a text search) under 16 concurrent
// connections at the synthetic size, next to trivial pages of the same server in the same run.
// Target: p95 of the filtered page within 3 x the floor's p95.
import { benchOptions } from "./lib/cli";
import { expectStatus, HEALTH_FLOOR, runCachedAndUncached, TRIVIAL_PAGE_FLOORS, TRIVIAL_PAGES, type PageTarget } from "./lib/page-bench";

/** The table page answered 200 with the expected number of distinct rows; notes the total. */
const tablePage =
  (rows: number) =>
  (r: { status: number; body: string }): string => {
    expectStatus(200)(r);
    const total = /data-testid="agreement-count"[^>]*>([^<]*)</.exec(r.body)?.[1] ?? "?";
    // Rows of the rendered table body (the page also carries example references in its messages).
    const tbody = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(r.body)?.[1] ?? "";
    const refs = new Set(tbody.match(/\b(?:SYN|AZ-KZ-\d{4})-[A-Z]{3}-\d+\b/g) ?? []);
    const trs = (tbody.match(/<tr[\s>]/g) ?? []).length;
    if (refs.size !== rows || trs !== rows) {
      throw new Error(`expected ${rows} rows, found ${trs} rows with ${refs.size} references (total: ${total})`);
    }
    return `HTTP 200, ${(r.body.length / 1024).toFixed(0)} KiB, ${rows} rows shown, "${total}"`;
  };

const FILTERED = "/agreements?area=energy,transport&status=on_track,at_risk,delayed&sort=targetDate&dir=desc&size=50";
// Azerbaijani "dəhliz" (corridor): exercises the folded, non-ASCII search over every row's text.
const SEARCH = `/agreements?q=${encodeURIComponent("dəhliz")}&sort=lastUpdate&dir=desc&size=50`;


const { options } = benchOptions();
const table: PageTarget[] = [
  { name: "filtered + sorted, 50 rows", path: FILTERED, auth: true, check: tablePage(50) },
  { name: "text search, 50 rows", path: SEARCH, auth: true, check: tablePage(50) },
];
// Then with the read caches off, next to the trivial pages only.
await runCachedAndUncached(
  {
    name: "agreements-page",
    title: "Agreements page under load vs the floor",
    floor: HEALTH_FLOOR,
    references: [
      ...TRIVIAL_PAGES,
      { name: "one agreement's page (auth)", path: "/agreements/AZ-KZ-2025-ENE-01", auth: true, check: expectStatus(200) },
    ],
    targets: table,
    targetRatio: 3,
    pageFloors: TRIVIAL_PAGE_FLOORS,
  },
  options,
  TRIVIAL_PAGES,
);
