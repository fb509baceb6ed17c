/**
 * Cancellation inside the engine: what AbortController/AbortSignal do, without a native event
 * listener per waiter. Node's EventTarget listener costs ~0.9 KB; an execution parked in a Wait or a
 * callback holds a few of them, which alone broke the ≤ 5 MB per 1,000 waiting executions goal.
 */
type Handler = (reason: unknown) => void;

export class Cancellation {
  aborted = false;
  reason: unknown;
  // Most cancellations have zero or one waiter at a time; a Set is made only for more.
  private handler: Handler | undefined;
  private handlers: Set<Handler> | undefined;

  /** Lets code written against AbortController read `controller.signal`. */
  get signal(): Cancellation {
    return this;
  }

  abort(reason: unknown = new Error("aborted")): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const { handler, handlers } = this;
    this.handler = undefined;
    this.handlers = undefined;
    handler?.(reason);
    for (const each of handlers ?? []) each(reason);
  }

  /** Runs `handler` on abort (at once if already aborted); returns the function that unregisters it. */
  onAbort(handler: Handler): () => void {
    if (this.aborted) {
      handler(this.reason);
      return () => undefined;
    }
    if (this.handler === undefined && this.handlers === undefined) {
      this.handler = handler;
      return () => {
        if (this.handler === handler) this.handler = undefined;
      };
    }
    this.handlers ??= new Set();
    this.handlers.add(handler);
    return () => {
      if (this.handler === handler) this.handler = undefined;
      else this.handlers?.delete(handler);
    };
  }

  /** A cancellation aborted with this one; `release()` detaches it when its work is done. */
  child(): Cancellation & { release(): void } {
    const child = new Cancellation() as Cancellation & { release(): void };
    const off = this.onAbort((reason) => child.abort(reason));
    child.release = off;
    return child;
  }
}
