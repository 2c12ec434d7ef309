"use client";

import { useActionState } from "react";
import { save } from "./actions";

export function Form() {
  const [message, action, pending] = useActionState(save, "");
  return (
    <form action={action}>
      <label>
        Name <input name="name" />
      </label>
      <button type="submit" disabled={pending}>
        Save
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
