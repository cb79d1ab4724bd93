import Link from "next/link";

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Not found</h1>
      <p>There is nothing here, or you do not have access to it.</p>
      <Link href="/">Back to articles</Link>
    </section>
  );
}
