import { describe, expect, it, vi } from "vitest";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { EN_MESSAGES } from "@/lib/i18n/catalog";

// The table is a server component; its client parts (soft links, the rows-per-page select) read
// the router, and rendering needs nothing more of it. Its words come from the English catalog.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: () => undefined }),
  usePathname: () => "/things",
  useSearchParams: () => new URLSearchParams(),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { EN_MESSAGES: messages } = await import("@/lib/i18n/catalog");
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }) };
});
const { columnHelperFor, DataTable } = await import("@/app/_components/data-table");

type Thing = { id: string; name: string; count: number; secret: string };
const helper = columnHelperFor<Thing>();
const columns = helper.columns([
  helper.accessor("name", { id: "name", header: "Name", meta: { cellClassName: "name-cell" }, cell: (c) => h("b", null, c.getValue()) }),
  helper.accessor("count", { id: "count", header: "Count" }),
  helper.accessor("secret", { id: "secret", header: "Secret" }),
  helper.accessor((t) => t.count * 2, { id: "double", header: "Double", cell: (c) => `x${c.getValue()}` }),
  helper.display({ id: "cellId", header: "Cell", cell: (c) => c.cell.id }),
  helper.display({ id: "rendered", header: "Rendered", cell: (c) => `${c.row.original.name}:${String(c.renderValue() ?? "none")}` }),
]);
const rows: Thing[] = [
  { id: "a", name: "Alpha", count: 1, secret: "s1" },
  { id: "b", name: "Beta & <Co>", count: 20, secret: "s2" },
];

async function html(options: { hiddenColumns?: string[]; sort?: { id: string; desc: boolean } | null; page?: number; total?: number } = {}) {
  const table = await DataTable<Thing>({
    caption: "Things",
    columns,
    rows,
    total: options.total ?? 2,
    page: options.page ?? 1,
    pageSize: 25,
    sort: options.sort ?? null,
    getRowId: (t) => t.id,
    hiddenColumns: options.hiddenColumns,
    path: "/things",
    params: new URLSearchParams("q=alpha&sort=name&dir=asc&page=2"),
    empty: "nothing",
  });
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages: EN_MESSAGES, timeZone: "UTC", children: table }));
}

async function render(hiddenColumns: string[] = []) {
  const body = /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(await html({ hiddenColumns }))?.[1] ?? "";
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) => [...tr[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((td) => ({ attributes: td[1]!.trim(), content: td[2]! })));
}

describe("DataTable body cells (rendered from the visible columns)", () => {
  it("renders every visible column of every row, in column order, through each column's renderer", async () => {
    const cells = await render();
    expect(cells.map((row) => row.map((c) => c.content))).toEqual([
      ["<b>Alpha</b>", "1", "s1", "x2", "a_cellId", "Alpha:none"],
      ["<b>Beta &amp; &lt;Co&gt;</b>", "20", "s2", "x40", "b_cellId", "Beta &amp; &lt;Co&gt;:none"],
    ]);
    expect(cells[0]![0]!.attributes).toBe('class="name-cell"');
    expect(cells[0]![1]!.attributes).toBe("");
  });

  it("leaves hidden columns out of every row", async () => {
    const cells = await render(["secret", "cellId"]);
    expect(cells.map((row) => row.map((c) => c.content))).toEqual([
      ["<b>Alpha</b>", "1", "x2", "Alpha:none"],
      ["<b>Beta &amp; &lt;Co&gt;</b>", "20", "x40", "Beta &amp; &lt;Co&gt;:none"],
    ]);
  });
});

describe("DataTable sorting and paging (links that keep the view's other parameters)", () => {
  const hrefs = (markup: string) => Object.fromEntries([...markup.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [m[2]!.replace(/<[^>]+>/g, "").trim(), m[1]!.replaceAll("&amp;", "&")]));

  it("a column's header link follows TanStack's cycle: first direction by its values, then the other, then the default order", async () => {
    const unsorted = hrefs(await html());
    // Text sorts A to Z first, numbers largest first (TanStack's auto direction); a new sort goes to page 1.
    expect(unsorted["Name↕sortable"]).toBe("/things?q=alpha&sort=name&dir=asc");
    expect(unsorted["Count↕sortable"]).toBe("/things?q=alpha&sort=count&dir=desc");
    const ascending = hrefs(await html({ sort: { id: "name", desc: false } }));
    expect(ascending["Name▲sorted ascending"]).toBe("/things?q=alpha&sort=name&dir=desc");
    const descending = hrefs(await html({ sort: { id: "name", desc: true } }));
    expect(descending["Name▼sorted descending"]).toBe("/things?q=alpha");
  });

  it("display columns are not sortable, and the page links step by one, keeping the filters and sort", async () => {
    const markup = await html({ page: 2, total: 80 });
    expect(markup).not.toMatch(/<a [^>]*>Cell/);
    const links = hrefs(markup);
    expect(links["Previous"]).toBe("/things?q=alpha&sort=name&dir=asc");
    expect(links["Next"]).toBe("/things?q=alpha&sort=name&dir=asc&page=3");
    const last = await html({ page: 4, total: 80 });
    expect(hrefs(last)["Next"]).toBeUndefined();
    expect(last).toContain('aria-disabled="true"');
  });
});

describe("DataTable with a body rendered elsewhere (a client component from the rows' data)", () => {
  it("gives the body the visible columns in order, with their cells' classes, and shows the empty state itself", async () => {
    const seen: unknown[] = [];
    const props = {
      caption: "Things", columns, rows, total: 2, page: 1, pageSize: 25, sort: null, getRowId: (t: Thing) => t.id,
      hiddenColumns: ["secret"], path: "/things", params: new URLSearchParams(), empty: "nothing",
      body: (visible: unknown) => (seen.push(visible), h("tbody", { "data-client-body": "" })),
    };
    const markup = renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages: EN_MESSAGES, timeZone: "UTC", children: await DataTable<Thing>(props) }));
    expect(markup).toContain("data-client-body");
    expect(seen).toEqual([[{ id: "name", className: "name-cell" }, { id: "count", className: undefined }, { id: "double", className: undefined }, { id: "cellId", className: undefined }, { id: "rendered", className: undefined }]]);
    const empty = renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages: EN_MESSAGES, timeZone: "UTC", children: await DataTable<Thing>({ ...props, rows: [], total: 0 }) }));
    expect(empty).not.toContain("data-client-body");
    expect(empty).toContain("nothing");
  });
});
