/**
 * An input's error message, tied to it by aria-describedby so a screen reader reads the message
 * with the field. Spread `errorProps` on the input and render `FieldError` after it.
 */
export function errorProps(inputId: string, error: string | undefined) {
  return error ? { "aria-invalid": true as const, "aria-describedby": `${inputId}-error` } : {};
}

export function FieldError({ inputId, error }: { inputId: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${inputId}-error`} className="field-error">
      {error}
    </p>
  );
}
