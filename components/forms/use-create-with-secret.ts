"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorsByField } from "./one-time-secret";
import { submitJson } from "./submit-json";

/**
 * Creating something whose secret the server shows once (an API token, a webhook): field
 * errors by field, the created record with its secret, then a fresh form and fresh page data.
 */
export function useCreateWithSecret<T extends { secret: string }>(url: string) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<T | null>(null);
  const [pending, setPending] = useState(false);

  async function create(form: HTMLFormElement, body: unknown) {
    setPending(true);
    const result = await submitJson<T>(url, "POST", body);
    setPending(false);
    if (!result.ok) {
      setErrors(errorsByField(result.fields));
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage(null);
    setCreated(result.data);
    form.reset();
    router.refresh();
  }

  return { errors, message, created, pending, create };
}
