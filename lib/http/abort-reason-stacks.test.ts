import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * A render in miniature: work that holds a large value aborts a controller from a
 * setImmediate callback, as React and Next.js do when a render completes, and the signal
 * outlives the work (Next.js keeps it in the request's store). Whether the large value can go.
 */
async function largeValueOutlivesItsAbort(): Promise<boolean> {
  const signals: AbortSignal[] = [];
  let large!: WeakRef<number[]>;
  await new Promise<void>((resolve) => {
    const rendered = Array.from({ length: 100_000 }, (_, i) => i);
    large = new WeakRef(rendered);
    const controller = new AbortController();
    signals.push(controller.signal);
    setImmediate(function renderCompleted() {
      if (rendered.length) controller.abort(new Error("This render completed successfully."));
      resolve();
    });
  });
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  expect(signals[0].aborted).toBe(true);
  return large.deref() !== undefined;
}

describe("abort reasons' stacks", () => {
  it("keep what the aborting code held, until the stack is read; read at abort, it is let go", async () => {
    // V8 as it is: the unread stack's call sites hold the callback and everything it reached.
    expect(await largeValueOutlivesItsAbort()).toBe(true);
    releaseAbortReasonStacks();
    expect(await largeValueOutlivesItsAbort()).toBe(false);
  });

  it("leave the reason and the signal as they were", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // once is enough; twice does not wrap twice
    const given = new Error("done");
    const first = new AbortController();
    first.abort(given);
    expect(first.signal.reason).toBe(given);
    expect(given.stack).toContain("done");
    const second = new AbortController();
    second.abort();
    expect(second.signal.reason).toBeInstanceOf(DOMException);
    expect((second.signal.reason as DOMException).name).toBe("AbortError");
    let heard = 0;
    const third = new AbortController();
    third.signal.addEventListener("abort", () => heard++);
    third.abort("a string");
    third.abort("again");
    expect([heard, third.signal.reason]).toEqual([1, "a string"]);
  });
});
