"use client";

/** Generic on purpose: details stay in the server log, found by the reference. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h1>Something went wrong</h1>
      <p>Please try again. If it keeps happening, give this reference to your administrator: {error.digest ?? "none"}.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
