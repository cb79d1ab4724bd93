/**
 * Runs once when a server process starts: the document worker pool starts a worker now, so
 * the first import or edit does not wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmDocumentPool } = await import("./lib/articles/prepare-document");
  void warmDocumentPool();
}
