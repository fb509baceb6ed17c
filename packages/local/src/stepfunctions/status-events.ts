/**
 * The *Step Functions Execution Status Change* event AWS puts on the account's default bus for each
 * status a Standard workflow's execution takes (Express workflows send none). Shape as the
 * EventBridge reference documents it (`source: aws.states`); dates are epoch milliseconds, and
 * `input`/`output` travel whole (`inputDetails.included: true`).
 */
export const EXECUTION_STATUS_CHANGE = "Step Functions Execution Status Change";

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";

export interface ExecutionSnapshot {
  arn: string;
  name: string;
  stateMachineArn: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number | undefined;
  input: string;
  output?: string | undefined;
  error?: string | undefined;
  cause?: string | undefined;
  redriveCount: number;
  redriveDate?: number | undefined;
  /** A failed, timed-out or aborted execution that remembers where it stopped can be redriven. */
  redrivable: boolean;
}

export interface StatusChangeEntry {
  Source: "aws.states";
  DetailType: typeof EXECUTION_STATUS_CHANGE;
  Resources: string[];
  Detail: string;
  Time: Date;
}

export function statusChangeEntry(execution: ExecutionSnapshot, at: number): StatusChangeEntry {
  const ended = execution.status !== "RUNNING" && execution.status !== "PENDING_REDRIVE";
  const redriveStatus = execution.redrivable && ended ? "REDRIVABLE" : "NOT_REDRIVABLE";
  return {
    Source: "aws.states",
    DetailType: EXECUTION_STATUS_CHANGE,
    Resources: [execution.arn],
    Time: new Date(at),
    Detail: JSON.stringify({
      executionArn: execution.arn,
      stateMachineArn: execution.stateMachineArn,
      name: execution.name,
      status: execution.status,
      startDate: execution.startDate,
      stopDate: ended ? (execution.stopDate ?? at) : null,
      input: execution.input,
      output: execution.status === "SUCCEEDED" ? (execution.output ?? null) : null,
      inputDetails: { included: true },
      outputDetails: execution.status === "SUCCEEDED" ? { included: true } : null,
      error: execution.error ?? null,
      cause: execution.cause ?? null,
      redriveCount: execution.redriveCount,
      redriveDate: execution.redriveDate ?? null,
      redriveStatus,
      redriveStatusReason:
        redriveStatus === "REDRIVABLE" ? null : `Execution is ${execution.status} and cannot be redriven`,
    }),
  };
}
