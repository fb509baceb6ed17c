import { Remediation } from "@plinth/core";
import type { Catcher, ChoiceState, Retrier, State, StateMachine, TaskState } from "./asl";
import { sdkServiceName } from "./sdk-errors";
import { lambdaRetry, stateMachineArn, step as taskStep } from "./states";

/**
 * Remediation, in two state machines.
 *
 * `RemediationIntake` (EXPRESS) is what the alarm rule starts for every CloudWatch Alarm State
 * Change: its one task opens an incident (or counts a repeat on the open one, notes an OK, or
 * records a malformed event and drops it), and only a new incident starts `Remediation`, under the
 * incident id as execution name — so duplicates never start a second workflow.
 *
 * `Remediation` (STANDARD), input `{ incidentId }`: read the resource and the alarm's history (a Map
 * over describe calls) → assess (runbook, guardrails) → approval when required → start (kill
 * switch, cooldown, budgets taken atomically) → act (one aws-sdk call, routed by name) → wait →
 * verify through DescribeAlarms → resolved, wait again, another attempt, or escalate. Every loop is
 * bounded by the task function (attempts, verify polls); any unexpected error escalates.
 */

/** Errors Step Functions names `<Service>.<Exception>` that are worth retrying: throttling and brief outages. */
export const transientRetry = (service: string): Retrier => {
  const name = sdkServiceName(service);
  return {
    ErrorEquals: [
      `${name}.ThrottlingException`,
      `${name}.TooManyRequestsException`,
      `${name}.RequestLimitExceededException`,
      `${name}.ServiceUnavailableException`,
      "States.Timeout",
    ],
    IntervalSeconds: 2,
    MaxAttempts: 3,
    BackoffRate: 2,
    JitterStrategy: "FULL",
  };
};

const sdk = (call: string) => {
  const [service, action] = call.split(":");
  return `arn:aws:states:::aws-sdk:${service}:${action}`;
};
const stateName = (prefix: string, call: string) =>
  `${prefix}${call
    .split(/[:]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("")}`;

/**
 * One Task per AWS call, behind a Choice on the call's name: a definition cannot pick a Resource at
 * run time, and routing keeps every call visible to the IAM policy derived from the definition.
 * Each Task takes `{ call, parameters }` and passes the whole answer (JSONata) so callers choose
 * what to keep.
 */
function callRouter(
  prefix: string,
  calls: readonly string[],
  callPath: string,
  parametersExpression: string,
  exits: {
    ok: (call: string) => Partial<TaskState>;
    error: Catcher[];
    unsupported: string;
    /** Calls routed to states the caller adds (named as this router names them). */
    alsoRoutes?: readonly string[];
  },
): Record<string, State> {
  const states: Record<string, State> = {
    [`${prefix}Route`]: {
      Type: "Choice",
      Choices: [...calls, ...(exits.alsoRoutes ?? [])].map((call) => ({
        Variable: callPath,
        StringEquals: call,
        Next: stateName(prefix, call),
      })),
      Default: exits.unsupported,
    },
  };
  for (const call of calls) {
    const service = call.split(":")[0] as string;
    states[stateName(prefix, call)] = {
      Type: "Task",
      QueryLanguage: "JSONata",
      Resource: sdk(call),
      Arguments: parametersExpression,
      Retry: [transientRetry(service)],
      Catch: exits.error,
      ...exits.ok(call),
    } as TaskState;
  }
  return states;
}

const step = (
  action: string,
  more: Parameters<typeof taskStep>[1],
  next: { Next: string } | { End: true },
  result: string | null,
) =>
  taskStep(
    action,
    more,
    next,
    [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Escalate" }],
    result,
    "incidentId",
  );

const describeCalls = Remediation.remediationCalls.filter((c) => /:(describe|get|list)/.test(c));
const actionCalls = Remediation.remediationCalls.filter((c) => !/:(describe|get|list)/.test(c));

/** Routes on the last step's `outcome`; anything else (an unclear answer included) escalates. */
function onOutcome(routes: Record<string, string>): ChoiceState {
  return {
    Type: "Choice",
    Choices: Object.entries(routes).map(([outcome, next]) => ({
      Variable: "$.last.outcome",
      StringEquals: outcome,
      Next: next,
    })),
    Default: "Escalate",
  };
}

/** One Task per Plinth action, invoking the task function with the action's name; routed beside the AWS calls. */
function plinthActionStates(): Record<string, State> {
  return Object.fromEntries(
    Remediation.plinthActions.map((call) => [
      stateName("Act", call),
      {
        Type: "Task",
        Resource: "${TaskFunctionArn}",
        Parameters: { action: call.split(":")[1] ?? call, "incidentId.$": "$.incidentId" },
        ResultPath: null,
        Retry: [lambdaRetry],
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.actionError", Next: "ActionFailed" }],
        Next: "Acted",
      } satisfies TaskState,
    ]),
  );
}

export const remediationIntake = {
  Comment: "Alarm state change → open, attach, note or drop; only a new incident starts Remediation",
  StartAt: "Intake",
  States: {
    Intake: {
      Type: "Task",
      Resource: "${TaskFunctionArn}",
      Parameters: { action: "intake", "event.$": "$" },
      ResultPath: "$.intake",
      Retry: [lambdaRetry],
      // Malformed events are answered (recorded, dropped) by the step itself; this is the table being unreachable.
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "IntakeFailed" }],
      Next: "Opened",
    },
    Opened: {
      Type: "Choice",
      Choices: [{ Variable: "$.intake.outcome", StringEquals: "opened", Next: "StartRemediation" }],
      Default: "Done",
    },
    StartRemediation: {
      Type: "Task",
      Resource: "arn:aws:states:::states:startExecution",
      Parameters: {
        StateMachineArn: stateMachineArn("Remediation"),
        "Name.$": "$.intake.incidentId",
        Input: { "incidentId.$": "$.intake.incidentId" },
      },
      ResultPath: null,
      Retry: [
        {
          ErrorEquals: ["StepFunctions.ThrottlingException", "States.Timeout"],
          IntervalSeconds: 1,
          MaxAttempts: 5,
          BackoffRate: 2,
        },
      ],
      // A redelivered event finds its execution already there: that is the idempotent outcome.
      Catch: [
        { ErrorEquals: ["StepFunctions.ExecutionAlreadyExistsException"], ResultPath: null, Next: "Done" },
        { ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "IntakeFailed" },
      ],
      Next: "Done",
    },
    IntakeFailed: {
      Type: "Fail",
      Error: "Plinth.IntakeFailed",
      Cause: "the alarm event could not be taken in; EventBridge retries it",
    },
    Done: { Type: "Succeed" },
  },
} satisfies StateMachine;

export const remediation = {
  Comment: "Incident → context → runbook + guardrails → (approval) → act → verify → resolved or escalated",
  StartAt: "Start",
  // Bounds the act → verify rounds and the approval wait (at most a day): past it the reconciler escalates.
  TimeoutSeconds: 2 * 86_400,
  States: {
    Start: {
      Type: "Pass",
      Parameters: { "incidentId.$": "$.incidentId", error: null, last: { reason: "" } },
      Assign: { note: "" },
      Next: "Begin",
    },
    Begin: step("begin", {}, { Next: "Closed" }, "$.last"),
    Closed: {
      Type: "Choice",
      Choices: [{ Variable: "$.last.closed", BooleanEquals: true, Next: "Done" }],
      Default: "Describe",
    },
    Describe: {
      Type: "Map",
      ItemsPath: "$.last.calls",
      MaxConcurrency: 4,
      ItemProcessor: {
        ProcessorConfig: { Mode: "INLINE" },
        StartAt: "DescribeRoute",
        States: {
          ...callRouter("Describe", describeCalls, "$.call", "{% $states.input.parameters %}", {
            ok: () => ({ Output: "{% { 'call': $states.input.call, 'result': $states.result } %}", End: true }),
            error: [
              {
                ErrorEquals: ["States.ALL"],
                Output: "{% { 'call': $states.input.call, 'error': $states.errorOutput } %}",
                Next: "DescribeFailed",
              },
            ],
            unsupported: "DescribeUnsupported",
          }),
          DescribeFailed: { Type: "Pass", End: true },
          DescribeUnsupported: {
            Type: "Pass",
            Parameters: {
              "call.$": "$.call",
              error: { Error: "Plinth.UnsupportedCall", Cause: "no Task routes this call" },
            },
            End: true,
          },
        },
      },
      ResultPath: "$.described",
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Escalate" }],
      Next: "Assess",
    },
    Assess: step("assess", { "described.$": "$.described" }, { Next: "Decide" }, "$.last"),
    Decide: onOutcome({ act: "StartAction", approval: "AwaitApproval", reread: "Begin", closed: "Done" }),
    AwaitApproval: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: {
        FunctionName: "${TaskFunctionArn}",
        Payload: { action: "awaitApproval", "incidentId.$": "$.incidentId", "taskToken.$": "$$.Task.Token" },
      },
      TimeoutSecondsPath: "$.last.approvalTimeoutSeconds",
      ResultPath: "$.approval",
      Retry: [{ ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], MaxAttempts: 3 }],
      Catch: [
        { ErrorEquals: ["Plinth.Resolved"], ResultPath: "$.approval", Next: "Done" },
        {
          ErrorEquals: ["States.Timeout"],
          ResultPath: "$.approval",
          Next: "Escalate",
          Assign: { note: "no approver answered in time" },
        },
        {
          ErrorEquals: ["Plinth.Rejected"],
          ResultPath: "$.approval",
          Next: "Escalate",
          Assign: { note: "an approver rejected the action" },
        },
        { ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Escalate" },
      ],
      Next: "StartAction",
    },
    StartAction: step("start", {}, { Next: "Go" }, "$.last"),
    Go: {
      Type: "Choice",
      Choices: [{ Variable: "$.last.go", BooleanEquals: true, Next: "ActRoute" }],
      Default: "Escalate",
    },
    ...callRouter("Act", actionCalls, "$.last.call", "{% $states.input.last.parameters %}", {
      ok: () => ({ Output: "{% $states.input %}", Next: "Acted" }),
      error: [
        {
          ErrorEquals: ["States.ALL"],
          Output: "{% $merge([$states.input, { 'actionError': $states.errorOutput }]) %}",
          Next: "ActionFailed",
        },
      ],
      unsupported: "ActUnsupported",
      alsoRoutes: Remediation.plinthActions,
    }),
    // Actions Plinth carries out itself (a rollback through GitHub): its task function, by the call's name.
    ...plinthActionStates(),
    ActUnsupported: {
      Type: "Pass",
      Result: { Error: "Plinth.UnsupportedCall", Cause: "no Task routes this action" },
      ResultPath: "$.actionError",
      Next: "ActionFailed",
    },
    ActionFailed: step("actionFailed", { "error.$": "$.actionError" }, { Next: "TryAgain" }, "$.last"),
    TryAgain: {
      Type: "Choice",
      Choices: [{ Variable: "$.last.next", StringEquals: "retry", Next: "Begin" }],
      Default: "Escalate",
    },
    Acted: step("acted", {}, { Next: "WaitToVerify" }, "$.acted"),
    WaitToVerify: { Type: "Wait", SecondsPath: "$.acted.waitSeconds", Next: "Verify" },
    Verify: {
      Type: "Task",
      Resource: sdk("cloudwatch:describeAlarms"),
      Parameters: { "AlarmNames.$": "States.Array($.acted.alarmName)" },
      ResultSelector: { "MetricAlarms.$": "$.MetricAlarms" },
      ResultPath: "$.alarms",
      Retry: [transientRetry("cloudwatch")],
      // Unreadable is an answer too: the step counts it as unclear, and unclear escalates.
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.verifyError", Next: "AlarmUnreadable" }],
      Next: "Verified",
    },
    AlarmUnreadable: { Type: "Pass", Result: { MetricAlarms: [] }, ResultPath: "$.alarms", Next: "Verified" },
    Verified: step("verified", { "alarms.$": "$.alarms" }, { Next: "Outcome" }, "$.last"),
    Outcome: onOutcome({ resolved: "Done", closed: "Done", wait: "WaitToVerify", retry: "Begin" }),
    // The reason is the approval's note when it ended the run, else what the last step said.
    Escalate: {
      Type: "Task",
      QueryLanguage: "JSONata",
      Resource: "${TaskFunctionArn}",
      Arguments: {
        action: "escalate",
        incidentId: "{% $states.input.incidentId %}",
        reason: "{% $note != '' ? $note : ($exists($states.input.last.reason) ? $states.input.last.reason : '') %}",
        error: "{% $exists($states.input.error) ? $states.input.error : null %}",
      },
      Output: "{% $states.input %}",
      Retry: [lambdaRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "EscalationFailed" }],
      Next: "Done",
    },
    // The incident could not even be escalated: the execution fails loudly for the console and alarms.
    EscalationFailed: { Type: "Fail", Error: "Plinth.EscalationFailed", Cause: "the incident could not be escalated" },
    Done: { Type: "Succeed" },
  },
} satisfies StateMachine;
