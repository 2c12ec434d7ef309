"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { moveChallengeAction } from "@/lib/actions/admin";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

type Direction = "up" | "down";

/**
 * Moves a challenge one place up or down. The row moves on the page; the focus stays on the
 * button that was pressed (or on the other one, when the row reached an end and the pressed one is
 * disabled), and the new position is announced.
 */
export function MoveChallengeButtons({
  challengeId,
  name,
  position,
  first,
  last,
}: {
  challengeId: string;
  name: string;
  position: number;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("admin.challenges");
  const { pending, result, run, reload } = useAction();
  const buttons = useRef<Record<Direction, HTMLButtonElement | null>>({ up: null, down: null });
  const pressed = useRef<{ direction: Direction; from: number } | null>(null);

  // After the move has been rendered (the row is in its new place), put the focus back: React
  // re-inserts a row that moves down, and a re-inserted element loses the focus. The action's
  // answer can arrive before the refreshed page does, so wait until the row has really moved
  // (its position changed); a refused move has nothing to wait for.
  useEffect(() => {
    const move = pressed.current;
    if (!move || pending || !result) return;
    if (result.ok && position === move.from) return;
    pressed.current = null;
    const direction = move.direction;
    const target = buttons.current[direction];
    const other = buttons.current[direction === "up" ? "down" : "up"];
    const next = target && !target.disabled ? target : other;
    if (next && document.activeElement !== next) next.focus();
  }, [pending, result, position, first, last]);

  const move = (direction: Direction) => {
    pressed.current = { direction, from: position };
    run(() => moveChallengeAction({ challengeId, direction }));
  };
  const button = (direction: Direction, disabled: boolean) => (
    <button
      type="button"
      ref={(element) => void (buttons.current[direction] = element)}
      disabled={pending || disabled}
      aria-label={direction === "up" ? t("moveUpNamed", { name }) : t("moveDownNamed", { name })}
      onClick={() => move(direction)}
      className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40"
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span> {direction === "up" ? t("moveUp") : t("moveDown")}
    </button>
  );
  return (
    <div role="group" aria-label={t("orderNamed", { name })} className="flex items-center gap-1">
      {button("up", first)}
      {button("down", last)}
      <FormMessage result={result} onReload={reload} />
    </div>
  );
}
