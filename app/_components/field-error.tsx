import { FieldErrorText } from "./field-error-text";

/** A field's refusals, as the server put them in words (lib/actions/outcome-text.ts). */
export function FieldError({ id, messages }: { id: string; messages?: readonly string[] }) {
  return <FieldErrorText id={id} text={messages?.join(" ")} />;
}
