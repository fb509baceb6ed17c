import type { StateMachine } from "./asl";
import { lambdaRetry } from "./states";

/**
 * A deployment waits at a gated environment (GitHub's custom deployment protection rule → the
 * `GitHubDelivery` workflow starts this, input `{ fact, timeoutSeconds }`): open the approval (or refuse
 * it at once: a freeze, a commit that did not pass the environment before) → report to GitHub while it
 * waits, re-arming the wait every 6 hours → an approver decides in Plinth (the task token) or the bound
 * passes (EXPIRED) → answer GitHub at the callback, retried for ~10 minutes; an answer GitHub never took
 * is recorded on the approval, and the deployment stays held in GitHub (never a silent approval).
 */
const task = (action: string, parameters: Record<string, unknown>) => ({
  Type: "Task" as const,
  Resource: "${TaskFunctionArn}",
  Parameters: { action, ...parameters },
});
const gate = { "gateId.$": "$.gate.gateId" };

export const productionGate = {
  Comment: "A deployment to production: approval in Plinth (bound to its commit), then the answer to GitHub",
  StartAt: "Open",
  // The approval's own bound is at most 7 days (GitHub gives a protection rule 30).
  TimeoutSeconds: 8 * 86_400,
  States: {
    Open: {
      ...task("open", { "fact.$": "$.fact", "timeoutSeconds.$": "$.timeoutSeconds" }),
      ResultPath: "$.gate",
      Retry: [lambdaRetry, { ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
      // No gate could be opened (no pipeline deploys there): GitHub's rule stays pending and times out there.
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotOpened" }],
      Next: "Decided",
    },
    Decided: {
      Type: "Choice",
      Choices: [{ Variable: "$.gate.decision", StringEquals: "wait", Next: "Report" }],
      Default: "Answer",
    },
    Report: {
      ...task("report", gate),
      ResultPath: "$.report",
      Retry: [lambdaRetry],
      // GitHub not answering a status report changes nothing: wait, and report again later.
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.reportError", Next: "ReportLater" }],
      Next: "Expired",
    },
    ReportLater: { Type: "Pass", Result: { expired: false, seconds: 600 }, ResultPath: "$.report", Next: "Await" },
    Expired: {
      Type: "Choice",
      Choices: [{ Variable: "$.report.expired", BooleanEquals: true, Next: "Expire" }],
      Default: "Await",
    },
    Await: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: {
        FunctionName: "${TaskFunctionArn}",
        Payload: { action: "await", ...gate, "taskToken.$": "$$.Task.Token" },
      },
      TimeoutSecondsPath: "$.report.seconds",
      ResultPath: "$.decision",
      Retry: [{ ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], MaxAttempts: 3 }],
      Catch: [
        { ErrorEquals: ["States.Timeout"], ResultPath: null, Next: "Report" },
        // The wait could not be kept (its token not stored): rejected now rather than held unanswerable.
        { ErrorEquals: ["States.ALL"], ResultPath: "$.awaitError", Next: "Expire" },
      ],
      Next: "Answer",
    },
    Expire: {
      ...task("expire", gate),
      ResultPath: null,
      Retry: [lambdaRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "AnswerFailed" }],
      Next: "Answer",
    },
    Answer: {
      ...task("answer", gate),
      ResultPath: null,
      Retry: [lambdaRetry, { ErrorEquals: ["States.ALL"], IntervalSeconds: 10, MaxAttempts: 6, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "AnswerFailed" }],
      Next: "Done",
    },
    AnswerFailed: {
      ...task("answerFailed", { ...gate, "error.$": "$.error" }),
      ResultPath: null,
      Retry: [lambdaRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.recordError", Next: "NotAnswered" }],
      Next: "NotAnswered",
    },
    NotOpened: { Type: "Fail", Error: "Plinth.GateNotOpened", Cause: "no active pipeline deploys to this environment" },
    NotAnswered: {
      Type: "Fail",
      Error: "Plinth.GateAnswerFailed",
      Cause: "GitHub did not take the answer; see the approval",
    },
    Done: { Type: "Succeed" },
  },
} satisfies StateMachine;
