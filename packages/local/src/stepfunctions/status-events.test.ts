import { describe, expect, it } from "vitest";
import { statusChangeEntry } from "./status-events";

/**
 * The example the Step Functions developer guide gives for this event (EventBridge, "Step Functions
 * execution status change"), values shortened: our events must carry the same fields with the same
 * types, so a rule or reconciler written against AWS's reads ours unchanged.
 */
const documented = {
  version: "0",
  id: "315c1398-40ff-a850-213b-158f73e60175",
  "detail-type": "Step Functions Execution Status Change",
  source: "aws.states",
  account: "123456789012",
  time: "2019-02-26T19:42:21Z",
  region: "us-east-1",
  resources: ["arn:aws:states:us-east-1:123456789012:execution:state-machine-name:execution-name"],
  detail: {
    executionArn: "arn:aws:states:us-east-1:123456789012:execution:state-machine-name:execution-name",
    stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:state-machine",
    name: "execution-name",
    status: "FAILED",
    startDate: 1551225146847,
    stopDate: 1551225151881,
    input: "{}",
    output: null,
    inputDetails: { included: true },
    outputDetails: null,
    error: "States.Runtime",
    cause: "An error occurred while executing the state",
    redriveCount: 0,
    redriveDate: null,
    redriveStatus: "REDRIVABLE",
    redriveStatusReason: null,
  },
};

const shape = (value: unknown): unknown =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? value.map(shape)
      : typeof value === "object"
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shape(v)]))
        : typeof value;

describe("Step Functions Execution Status Change", () => {
  it("has the documented fields and types for a failed execution", () => {
    const entry = statusChangeEntry(
      {
        arn: documented.detail.executionArn,
        name: "execution-name",
        stateMachineArn: documented.detail.stateMachineArn,
        status: "FAILED",
        startDate: 1551225146847,
        stopDate: 1551225151881,
        input: "{}",
        error: "States.Runtime",
        cause: "An error occurred while executing the state",
        redriveCount: 0,
        redrivable: true,
      },
      1551225151881,
    );
    expect(entry).toMatchObject({
      Source: documented.source,
      DetailType: documented["detail-type"],
      Resources: documented.resources,
    });
    expect(shape(JSON.parse(entry.Detail))).toEqual(shape(documented.detail));
    expect(JSON.parse(entry.Detail)).toEqual(documented.detail);
  });

  it("says a running execution has no stop date and cannot be redriven", () => {
    const detail = JSON.parse(
      statusChangeEntry(
        {
          arn: "arn:x:execution:m:e",
          name: "e",
          stateMachineArn: "arn:x:stateMachine:m",
          status: "RUNNING",
          startDate: 1,
          input: "{}",
          redriveCount: 0,
          redrivable: false,
        },
        2,
      ).Detail,
    );
    expect(detail).toMatchObject({
      status: "RUNNING",
      stopDate: null,
      output: null,
      redriveStatus: "NOT_REDRIVABLE",
      redriveStatusReason: "Execution is RUNNING and cannot be redriven",
    });
  });
});
