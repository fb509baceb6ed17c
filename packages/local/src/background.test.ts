import { describe, expect, it } from "vitest";
import { BackgroundFailures } from "./background";
import { Cancellation } from "./stepfunctions/cancellation";

describe("background failures", () => {
  it("are written out and kept, so a stalled end-to-end run says why", async () => {
    const lines: string[] = [];
    const failures = new BackgroundFailures((line) => lines.push(line));
    await Promise.reject(new TypeError("bus unreachable")).catch(failures.handler("CloudWatch alarm cpu"));
    expect(failures.list).toEqual([
      { source: "CloudWatch alarm cpu", at: expect.any(String), error: "TypeError: bus unreachable" },
    ]);
    expect(lines).toEqual([
      "plinth local cloud: background work of CloudWatch alarm cpu failed: TypeError: bus unreachable",
    ]);
  });

  it("are not what a stopping cloud cuts short", async () => {
    const failures = new BackgroundFailures(() => undefined);
    const stopping = new Cancellation();
    stopping.abort(new Error("the local cloud is stopping"));
    await Promise.reject(stopping.reason).catch(failures.handler("fleet heal", stopping));
    expect(failures.list).toEqual([]);
  });
});
