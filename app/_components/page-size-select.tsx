"use client";

import { useUrlParams } from "./use-url-params";

/** Rows per page of a table; the choice goes to the URL like the rest of the table's state. */
export function PageSizeSelect({ label, value, sizes }: { label: string; value: number; sizes: readonly number[] }) {
  const { update } = useUrlParams();
  return (
    <label className="flex items-center gap-2">
      {label}
      <select className="rounded border border-slate-300 px-2 py-1" value={value} onChange={(e) => update({ size: e.target.value, page: null })}>
        {sizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </label>
  );
}
