import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliReference } from "./reference";

describe("docs/cli-reference.md", () => {
  it("is what the commands print (regenerate with npm run docs:cli)", async () => {
    const committed = readFileSync(new URL("../../../docs/cli-reference.md", import.meta.url), "utf8");
    const generated = await cliReference();
    expect(generated).toContain("## plinth request create");
    expect(committed, "docs/cli-reference.md is stale: run npm run docs:cli").toBe(generated);
  });
});
