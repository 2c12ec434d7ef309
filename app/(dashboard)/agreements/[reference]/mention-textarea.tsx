"use client";

import { useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { searchMentionsAction } from "@/lib/actions/comments";
import { COMMENT_MAX, mentionQueryAt, type MentionCandidate } from "@/lib/domain/comments";

type Suggestion = MentionCandidate & { organization: string | null };

/**
 * A textarea that suggests people after "@" (a combobox in the ARIA sense): arrow keys move
 * through the suggestions, Enter or Tab picks one, Escape closes the list; the focus stays in the
 * textarea and aria-activedescendant names the suggestion in view. Only people who may read the
 * agreement are offered (the server searches; it refuses anyone else on posting too).
 */
export function MentionTextarea({
  id,
  agreementId,
  value,
  onChange,
  onPick,
  describedBy,
  invalid,
  label,
}: {
  id: string;
  agreementId: string;
  value: string;
  onChange: (value: string) => void;
  onPick: (person: MentionCandidate) => void;
  describedBy: string;
  invalid: boolean;
  label: string;
}) {
  const t = useTranslations("comments");
  const ref = useRef<HTMLTextAreaElement>(null);
  const asked = useRef(0);
  const [open, setOpen] = useState<{ start: number; query: string } | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(0);
  const listId = `${id}-suggestions`;
  // Where the caret goes once a picked name is in the textarea. Set in the commit that renders
  // the new value, before the browser handles the next key: a caret moved a frame later (as it
  // once was) sent a fast typist's next letter to the end of the text.
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = caretAfterPick.current;
    if (at === null || !ref.current) return;
    caretAfterPick.current = null;
    ref.current.setSelectionRange(at, at);
  }, [value]);

  const look = (text: string, caret: number) => {
    const found = mentionQueryAt(text, caret);
    setOpen(found);
    if (!found) return;
    const ticket = ++asked.current;
    void searchMentionsAction({ agreementId, query: found.query }).then((result) => {
      // Answers can arrive out of order: only the latest question's answer counts.
      if (ticket !== asked.current) return;
      setSuggestions(result.ok && Array.isArray(result.data) ? (result.data as Suggestion[]) : []);
      setActive(0);
    });
  };

  const pick = (person: Suggestion) => {
    if (!open || !ref.current) return;
    const caret = ref.current.selectionStart ?? value.length;
    const inserted = `@${person.name} `;
    const next = value.slice(0, open.start) + inserted + value.slice(caret);
    onChange(next);
    onPick({ id: person.id, name: person.name });
    setOpen(null);
    setSuggestions([]);
    caretAfterPick.current = open.start + inserted.length;
  };

  const showing = open !== null;
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!showing) return;
    if (e.key === "Escape") {
      e.preventDefault();
      setOpen(null);
    } else if (e.key === "ArrowDown" && suggestions.length) {
      e.preventDefault();
      setActive((i) => (i + 1) % suggestions.length);
    } else if (e.key === "ArrowUp" && suggestions.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + suggestions.length) % suggestions.length);
    } else if ((e.key === "Enter" || e.key === "Tab") && suggestions[active]) {
      e.preventDefault();
      pick(suggestions[active]);
    }
  };

  return (
    <div className="relative">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        value={value}
        rows={4}
        maxLength={COMMENT_MAX + 200}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showing}
        aria-controls={listId}
        aria-activedescendant={showing && suggestions[active] ? `${listId}-${suggestions[active].id}` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(e.target.value);
          look(e.target.value, e.target.selectionStart ?? e.target.value.length);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(null)}
        className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!showing}
        className="absolute z-10 mt-1 max-h-60 w-full max-w-md overflow-auto rounded-md border border-slate-300 bg-white text-sm shadow"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.id}
            id={`${listId}-${s.id}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the textarea must keep its caret (blur would close the list first).
            onMouseDown={(e) => {
              e.preventDefault();
              pick(s);
            }}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-blue-100" : ""}`}
          >
            <span className="font-medium">{s.name}</span>
            {s.organization ? <span className="block text-xs text-slate-600">{s.organization}</span> : null}
          </li>
        ))}
        {showing && suggestions.length === 0 && open.query ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-1.5 text-slate-600">
            {t("noSuggestions", { query: open.query })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
