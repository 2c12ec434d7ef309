"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type Selection = {
  /** Ids of the selected rows, in the order they were selected. */
  ids: string[];
  toggle: (id: string, on: boolean) => void;
  setMany: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
};

const Context = createContext<Selection | null>(null);

/**
 * Which rows of a server-rendered table are selected (for a bulk action). The table itself is
 * HTML from the server (app/_components/data-table.tsx); only its checkboxes and what acts on the
 * selection are client components, and they meet here. A selected row is highlighted by CSS
 * (globals.css, `.data-table tr:has(...)`), so the rows need no script.
 */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<string[]>([]);
  const setMany = (many: readonly string[], on: boolean) =>
    setIds((current) => (on ? [...current, ...many.filter((id) => !current.includes(id))] : current.filter((id) => !many.includes(id))));
  const value: Selection = { ids, toggle: (id, on) => setMany([id], on), setMany, clear: () => setIds([]) };
  return <Context value={value}>{children}</Context>;
}

export function useSelection(): Selection {
  const selection = useContext(Context);
  if (!selection) throw new Error("useSelection outside a SelectionProvider");
  return selection;
}

/** A row's checkbox; disabled (with the reason as its title) when the row may not be selected. */
export function SelectRowCheckbox({ id, label, disabled, title }: { id: string; label: string; disabled: boolean; title?: string }) {
  const { ids, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      data-select-row
      aria-label={label}
      checked={ids.includes(id)}
      disabled={disabled}
      title={title}
      onChange={(e) => toggle(id, e.target.checked)}
    />
  );
}

/** The header's checkbox: every selectable row of this page. */
export function SelectPageCheckbox({ ids: page, label }: { ids: readonly string[]; label: string }) {
  const { ids, setMany } = useSelection();
  const all = page.length > 0 && page.every((id) => ids.includes(id));
  return <input type="checkbox" aria-label={label} checked={all} disabled={page.length === 0} onChange={(e) => setMany(page, e.target.checked)} />;
}
