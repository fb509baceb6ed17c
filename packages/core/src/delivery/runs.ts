import { z } from "zod";
import type { GitHubFact } from "./github-webhooks";

/**
 * A pipeline's GitHub Actions runs and their jobs, as Plinth records them from `workflow_run` and
 * `workflow_job` deliveries (and from its own dispatches). Keyed by `(runId, attempt)`: a rerun is a
 * new attempt with its own record.
 *
 * Deliveries arrive late, twice and out of order, so every change only moves **forward**:
 *   - a completed run or job never changes again (its attempt is over);
 *   - a run's other states follow GitHub's `updated_at` (a run goes `in_progress` → `waiting` for an
 *     environment's approval → `in_progress` again, so no fixed order of states holds), equal times
 *     broken by the state's rank;
 *   - a job only moves up `requested < pending < waiting < queued < in_progress < completed`.
 */
const RunStatus = z.enum(["requested", "pending", "waiting", "queued", "in_progress", "completed"]);
const JobStatus = z.enum(["requested", "pending", "waiting", "queued", "in_progress", "completed"]);

export const RunJob = z.object({
  id: z.number().int(),
  name: z.string(),
  status: JobStatus,
  conclusion: z.string().nullable(),
  startedAt: z.string(),
  completedAt: z.string().optional(),
  url: z.string().optional(),
  steps: z.array(
    z.object({ number: z.number().int(), name: z.string(), status: z.string(), conclusion: z.string().nullable() }),
  ),
});
export type RunJob = z.infer<typeof RunJob>;

export const PipelineRunRecord = z.object({
  pipelineId: z.string(),
  serviceId: z.string(),
  team: z.string(),
  repository: z.object({ owner: z.string(), name: z.string() }),
  runId: z.number().int(),
  attempt: z.number().int().min(1),
  runNumber: z.number().int().optional(),
  workflowPath: z.string(),
  name: z.string(),
  headSha: z.string(),
  headBranch: z.string(),
  event: z.string(),
  status: RunStatus,
  conclusion: z.string().nullable(),
  url: z.string(),
  /** GitHub's times: made, started, last changed; `completedAt` is `updatedAt` of the completing delivery. */
  createdAt: z.string(),
  startedAt: z.string().optional(),
  updatedAt: z.string(),
  completedAt: z.string().optional(),
  actor: z.string().optional(),
  /** The head commit's time: the start of change lead time. */
  commitAt: z.string().optional(),
  title: z.string().optional(),
  /** Who dispatched it through Plinth (runs GitHub started on its own have none). */
  dispatchedBy: z.string().optional(),
  version: z.number().int().min(1),
  recordedAt: z.string(),
});
export type PipelineRunRecord = z.infer<typeof PipelineRunRecord>;

/** What the API answers: the run with its jobs. */
export const PipelineRun = PipelineRunRecord.omit({ version: true, recordedAt: true })
  .extend({ jobs: z.array(RunJob) })
  .meta({ id: "PipelineRun" });
export type PipelineRun = z.infer<typeof PipelineRun>;

const runRank: Record<z.infer<typeof RunStatus>, number> = {
  requested: 0,
  pending: 1,
  waiting: 2,
  queued: 2,
  in_progress: 3,
  completed: 4,
};
const jobRank: Record<z.infer<typeof JobStatus>, number> = {
  requested: 0,
  pending: 1,
  waiting: 2,
  queued: 3,
  in_progress: 4,
  completed: 5,
};

type RunFact = Extract<GitHubFact, { kind: "run" }>;
type JobFact = Extract<GitHubFact, { kind: "job" }>;
export interface RunOwner {
  pipelineId: string;
  serviceId: string;
  team: string;
}

/** The run after `fact`, or undefined when the fact is older than what is recorded (nothing to write). */
export function advanceRun(
  current: PipelineRunRecord | undefined,
  fact: RunFact,
  owner: RunOwner,
  recordedAt: string,
): PipelineRunRecord | undefined {
  if (current) {
    if (current.status === "completed") return undefined;
    const newer = Date.parse(fact.updatedAt) - Date.parse(current.updatedAt);
    if (newer < 0 || (newer === 0 && runRank[fact.status] <= runRank[current.status])) return undefined;
  }
  const { kind: _, ...facts } = fact;
  return {
    ...owner,
    ...current,
    ...facts,
    ...(fact.status === "completed" ? { completedAt: fact.updatedAt } : {}),
    version: (current?.version ?? 0) + 1,
    recordedAt,
  };
}

/** The job after `fact`, or undefined when it would move backwards. */
export function advanceJob(current: RunJob | undefined, fact: JobFact): RunJob | undefined {
  if (current && jobRank[fact.status] <= jobRank[current.status]) return undefined;
  return {
    id: fact.jobId,
    name: fact.name,
    status: fact.status,
    conclusion: fact.conclusion,
    startedAt: fact.startedAt,
    ...(fact.completedAt ? { completedAt: fact.completedAt } : {}),
    ...(fact.url ? { url: fact.url } : {}),
    steps: fact.steps,
  };
}
