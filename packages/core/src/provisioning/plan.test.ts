import { describe, expect, it } from "vitest";
import { isPlinthError } from "../errors";
import { defaultPolicyConfig } from "./policies";
import { CreateProvisioningRequest, plan } from "./request";

const request = (over: Record<string, unknown> = {}) =>
  CreateProvisioningRequest.parse({
    template: "sqs-queue",
    name: "orders",
    environment: "dev",
    ttlHours: 72,
    tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
    parameters: { maxReceiveCount: 3 },
    ...over,
  });

describe("plan()", () => {
  it("renders the template, prices it and binds it all with a hash", () => {
    const planned = plan(request(), "payments", { committedUsd: 0 }, defaultPolicyConfig, "dev");
    expect(planned.stackName).toBe("plinth-dev-payments-dev-orders");
    expect(planned.resources.map((r) => r.type)).toEqual(["AWS::SQS::Queue", "AWS::SQS::Queue"]);
    expect(planned.parameters).toMatchObject({ maxReceiveCount: 3, visibilityTimeoutSeconds: 30, fifo: false });
    expect(planned.cost.monthlyUsd).toBeGreaterThan(0);
    expect(planned).toMatchObject({ allowed: true, approval: "not-required" });
    expect(planned.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is pure: the same request plans the same hash, whatever order its tags came in", () => {
    const a = plan(request(), "payments", {}, defaultPolicyConfig, "dev");
    const b = plan(
      request({ tags: { "cost-center": "CC-1234", owner: "alice@example.com" } }),
      "payments",
      { committedUsd: 500 },
      defaultPolicyConfig,
      "dev",
    );
    expect(b.hash).toBe(a.hash);
    expect(
      plan(request({ parameters: { maxReceiveCount: 4 } }), "payments", {}, defaultPolicyConfig, "dev").hash,
    ).not.toBe(a.hash);
  });

  it("names a parameter that does not fit, with the likely meaning of a typo", () => {
    const error = (() => {
      try {
        plan(
          request({ parameters: { visibilityTimeout: 60, maxReceiveCount: 0 } }),
          "payments",
          {},
          defaultPolicyConfig,
          "dev",
        );
      } catch (e) {
        return e;
      }
    })();
    expect(isPlinthError(error) && error.code).toBe("validation_failed");
    expect(isPlinthError(error) && error.fields).toEqual([
      { field: "body.parameters.maxReceiveCount", message: expect.stringContaining(">=1") },
      {
        field: "body.parameters.visibilityTimeout",
        message: "unknown parameter; did you mean visibilityTimeoutSeconds?",
      },
    ]);
  });

  it("refuses a template the catalog does not have", () => {
    expect(() => plan(request({ template: "mainframe" }), "payments", {}, defaultPolicyConfig, "dev")).toThrow(
      /mainframe/,
    );
  });
});
