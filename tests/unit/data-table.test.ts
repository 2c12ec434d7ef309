import { describe, expect, it, vi } from "vitest";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { EN_MESSAGES } from "@/lib/i18n/catalog";

// DataTable reads the router for sorting and paging; rendering needs nothing more of it.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: () => undefined }),
  usePathname: () => "/things",
  useSearchParams: () => new URLSearchParams(),
}));
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

function render(hiddenColumns: string[] = []) {
  const html = renderToStaticMarkup(
    h(NextIntlClientProvider, {
      locale: "en",
      messages: EN_MESSAGES,
      timeZone: "UTC",
      children: h(DataTable<Thing>, {
        caption: "Things",
        columns,
        rows,
        total: 2,
        page: 1,
        pageSize: 25,
        sort: null,
        getRowId: (t) => t.id,
        hiddenColumns,
        empty: "nothing",
      }),
    }),
  );
  const body = /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? "";
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) => [...tr[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((td) => ({ attributes: td[1]!.trim(), content: td[2]! })));
}

describe("DataTable body cells (rendered from the visible columns)", () => {
  it("renders every visible column of every row, in column order, through each column's renderer", () => {
    const cells = render();
    expect(cells.map((row) => row.map((c) => c.content))).toEqual([
      ["<b>Alpha</b>", "1", "s1", "x2", "a_cellId", "Alpha:none"],
      ["<b>Beta &amp; &lt;Co&gt;</b>", "20", "s2", "x40", "b_cellId", "Beta &amp; &lt;Co&gt;:none"],
    ]);
    expect(cells[0]![0]!.attributes).toBe('class="name-cell"');
    expect(cells[0]![1]!.attributes).toBe("");
  });

  it("leaves hidden columns out of every row", () => {
    const cells = render(["secret", "cellId"]);
    expect(cells.map((row) => row.map((c) => c.content))).toEqual([
      ["<b>Alpha</b>", "1", "x2", "Alpha:none"],
      ["<b>Beta &amp; &lt;Co&gt;</b>", "20", "x40", "Beta &amp; &lt;Co&gt;:none"],
    ]);
  });
});
