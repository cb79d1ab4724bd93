import { useId, type InputHTMLAttributes } from "react";
import { errorProps, FieldError } from "./field-error";

type FormFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string };

/** A labelled input whose error message is announced and tied to it by aria-describedby. */
export function FormField({ label, name, error, ...input }: FormFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} {...errorProps(id, error)} {...input} />
      <FieldError inputId={id} error={error} />
    </div>
  );
}
