const released = Symbol.for("factcheck.abortReasonStacksReleased");

/**
 * Lets a finished render's memory go. React's Flight server aborts the cache signal of every
 * render it completes with an `Error` (react/react#37289), and Next.js aborts more controllers
 * from `setImmediate` callbacks; nothing reads those errors' stacks. V8 keeps an unread stack as
 * call sites, and a call site keeps its receiver, here the `Immediate` the abort ran in, which
 * carries the render's whole async context and links to the Immediates of earlier renders
 * (vercel/next.js#97434). Every article page stayed in memory: about 0.4 MB each, until the
 * process ran out. Reading the stack once makes it a string, which holds nothing.
 */
export function releaseAbortReasonStacks() {
  const prototype = AbortController.prototype as AbortController & { [released]?: true };
  if (prototype[released]) return;
  const abort = prototype.abort;
  prototype.abort = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    // The reason the signal keeps: the one given, or the AbortError made when none was.
    const kept: unknown = this.signal.reason;
    if (kept instanceof Error || kept instanceof DOMException) void kept.stack;
  };
  prototype[released] = true;
}
