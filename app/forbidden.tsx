import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="notice">
      <h1>403 — Not allowed</h1>
      <p>Your role does not give you access to this page. Ask an administrator if you need it.</p>
      <Link href="/">Back to articles</Link>
    </section>
  );
}
