import { Provisioning, physicalName, ResourceNames } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { catalogNamePatterns, ENVIRONMENTS, iamMatches } from "./catalog-scope";

const inScope = (stage: string, name: string) => catalogNamePatterns(stage).some((p) => iamMatches(p, name));

describe("the catalog deploy role's name scope", () => {
  it("covers every stack this stage's catalog makes, and what is named after it", () => {
    for (const environment of ENVIRONMENTS) {
      const stack = Provisioning.stackNameOf("prod", "payments", environment, "orders");
      expect(inScope("prod", stack)).toBe(true);
      expect(inScope("prod", `${stack}-dlq`)).toBe(true);
    }
  });

  it("excludes the stage's own resources and every other stage's stacks", () => {
    for (const resource of Object.values(ResourceNames))
      expect(inScope("prod", physicalName("prod", resource))).toBe(false);
    expect(inScope("prod", Provisioning.stackNameOf("alice", "payments", "dev", "orders"))).toBe(false);
    expect(inScope("alice", Provisioning.stackNameOf("prod", "payments", "dev", "orders"))).toBe(false);
  });
});
