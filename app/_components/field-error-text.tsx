/** The line under a field that says what is wrong with it (announced as it changes). */
export function FieldErrorText({ id, text }: { id: string; text?: string | null }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700" data-field-error={id}>
      {text || null}
    </p>
  );
}
