import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PINNED_NODE, wantedMajor } from "../packages/local/bin/lambda-node.mjs";
import { lambdaRuntime } from "./runtime";

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8").trim();

describe("the Node the project runs on", () => {
  const major = Number(lambdaRuntime.match(/^nodejs(\d+)\.x$/)?.[1]);

  it("is the Lambda runtime's major everywhere it is named", () => {
    expect(wantedMajor()).toBe(major);
    expect(read(".node-version")).toBe(String(major));
    expect(read(".nvmrc")).toBe(String(major));
    expect(JSON.parse(read("package.json")).engines.node).toBe(`>=${major}`);
    expect(Number.parseInt(PINNED_NODE, 10)).toBe(major);
  });

  it("is the Node these tests run on", () => {
    expect(Number.parseInt(process.versions.node, 10)).toBeGreaterThanOrEqual(major);
  });

  it("is what the stack gives every function, and no function names another", () => {
    expect(read("sst.config.ts")).toContain("args.runtime ??= lambdaRuntime");
    for (const stack of ["api.ts", "workflows.ts", "events.ts", "storage.ts"]) {
      expect(read(`stacks/${stack}`)).not.toMatch(/runtime:\s*"nodejs/);
    }
  });
});
