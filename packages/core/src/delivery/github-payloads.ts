import { z } from "zod";

/**
 * GitHub's webhook payloads as Plinth reads them: only the fields it acts on, parsed with zod
 * (everything else passes through untouched). The shapes follow GitHub's published description;
 * older payloads (before 2022) lack `run_attempt` and name the workflow file only in `workflow`.
 */
export const Time = z.iso.datetime({ offset: true });
export const Login = z.object({ login: z.string() }).passthrough();
export const Repository = z.object({ name: z.string(), full_name: z.string(), owner: Login }).passthrough();
export const Installation = z.object({ id: z.number().int() }).passthrough();
export const Envelope = { repository: Repository, installation: Installation.optional() };

export const RunStatus = z.enum(["requested", "pending", "waiting", "queued", "in_progress", "completed"]);
export type RunStatus = z.infer<typeof RunStatus>;
export const Conclusion = z
  .enum([
    "success",
    "failure",
    "neutral",
    "cancelled",
    "timed_out",
    "action_required",
    "stale",
    "skipped",
    "startup_failure",
  ])
  .nullable();
export type Conclusion = z.infer<typeof Conclusion>;

// Payloads from before 2022 have no `run_attempt` (every run had one) and name the file only in `workflow`.
export const WorkflowRunPayload = z.object({
  action: z.string(),
  ...Envelope,
  workflow: z.object({ path: z.string() }).passthrough().nullable().optional(),
  workflow_run: z
    .object({
      id: z.number().int(),
      run_attempt: z.number().int().min(1).default(1),
      run_number: z.number().int(),
      name: z.string().nullable(),
      path: z.string().optional(),
      head_sha: z.string(),
      head_branch: z.string().nullable(),
      event: z.string(),
      status: RunStatus,
      conclusion: Conclusion,
      html_url: z.string(),
      created_at: Time,
      updated_at: Time,
      run_started_at: Time.optional(),
      actor: Login.nullable().optional(),
      head_commit: z.object({ timestamp: Time, message: z.string() }).passthrough().nullable().optional(),
    })
    .passthrough(),
});

export const JobStatus = z.enum(["queued", "in_progress", "completed", "waiting", "requested", "pending"]);
export const WorkflowJobPayload = z.object({
  action: z.string(),
  ...Envelope,
  workflow_job: z
    .object({
      id: z.number().int(),
      run_id: z.number().int(),
      run_attempt: z.number().int().min(1).default(1),
      name: z.string(),
      workflow_name: z.string().nullable().optional(),
      head_sha: z.string(),
      status: JobStatus,
      conclusion: Conclusion,
      started_at: Time,
      completed_at: Time.nullable(),
      html_url: z.string().nullable(),
      steps: z
        .array(
          z
            .object({
              name: z.string(),
              number: z.number().int(),
              status: z.string(),
              conclusion: z.string().nullable(),
              started_at: Time.nullable().optional(),
              completed_at: Time.nullable().optional(),
            })
            .passthrough(),
        )
        .default([]),
    })
    .passthrough(),
});

export const DeploymentObject = z
  .object({
    id: z.number().int(),
    sha: z.string(),
    ref: z.string(),
    environment: z.string(),
    created_at: Time,
    creator: Login.nullable(),
    production_environment: z.boolean().optional(),
  })
  .passthrough();
export const RunRef = z.object({
  id: z.number().int(),
  run_attempt: z.number().int().optional(),
  path: z.string().optional(),
});

export const DeploymentPayload = z.object({
  action: z.string(),
  ...Envelope,
  deployment: DeploymentObject,
  workflow_run: RunRef.passthrough().nullable().optional(),
});

export const DeploymentState = z.enum([
  "pending",
  "queued",
  "in_progress",
  "success",
  "failure",
  "error",
  "inactive",
  "waiting",
]);
export const DeploymentStatusPayload = z.object({
  action: z.string(),
  ...Envelope,
  deployment: DeploymentObject,
  deployment_status: z
    .object({
      id: z.number().int(),
      state: DeploymentState,
      environment: z.string().optional(),
      environment_url: z.string().optional(),
      log_url: z.string().optional(),
      target_url: z.string(),
      description: z.string().nullable().optional(),
      created_at: Time,
    })
    .passthrough(),
  workflow_run: RunRef.passthrough().nullable().optional(),
});

export const ProtectionRulePayload = z.object({
  action: z.literal("requested"),
  ...Envelope,
  installation: Installation,
  environment: z.string(),
  event: z.string(),
  deployment_callback_url: z.url(),
  deployment: DeploymentObject,
});

export const PullRequestPayload = z.object({
  action: z.string(),
  ...Envelope,
  pull_request: z
    .object({
      number: z.number().int(),
      html_url: z.string(),
      merged: z.boolean().nullable().optional(),
      merged_at: Time.nullable(),
      merge_commit_sha: z.string().nullable(),
      head: z.object({ ref: z.string(), sha: z.string() }).passthrough(),
      base: z.object({ ref: z.string() }).passthrough(),
    })
    .passthrough(),
});
