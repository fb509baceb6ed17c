import { fail } from "../errors";
import type { WorkflowName } from "../resources";
import type { RequestQuery, RequestStore, WorkflowRunner } from "./ports";
import type { RequestRecord } from "./request";

/**
 * The provisioning ports in memory, with the same contract as the DynamoDB and Step Functions
 * adapters (conditional versions, an atomic budget reservation, executions idempotent on name), so
 * the service's rules are tested directly and in milliseconds. Used by core's unit tests.
 */
export class MemoryRequestStore implements RequestStore {
  readonly records = new Map<string, RequestRecord>();
  private readonly reserved = new Map<string, number>();

  async create(record: RequestRecord, budgetCents: number) {
    const existing = this.records.get(record.id);
    if (existing) return { created: false, record: existing };
    const committed = this.reserved.get(record.team) ?? 0;
    const basis = Math.max(committed, this.measured.get(record.team) ?? 0);
    if (basis + record.reservedCents > budgetCents)
      fail("policy_violation", "the request would exceed the team's monthly budget", [
        { field: "policy.team-budget", message: `over ${budgetCents} cents` },
      ]);
    this.reserved.set(record.team, committed + record.reservedCents);
    this.records.set(record.id, structuredClone(record));
    return { created: true, record };
  }

  async get(id: string) {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  async update(next: RequestRecord, options: { releaseReservation?: boolean } = {}) {
    const current = this.records.get(next.id);
    if (!current || current.version !== next.version - 1)
      fail("version_conflict", `provisioning request ${next.id} changed since version ${next.version - 1}`);
    const stored = options.releaseReservation ? { ...next, reservedCents: 0 } : next;
    if (options.releaseReservation)
      this.reserved.set(next.team, (this.reserved.get(next.team) ?? 0) - next.reservedCents);
    this.records.set(next.id, structuredClone(stored));
    return stored;
  }

  async list(query: RequestQuery) {
    const items = [...this.records.values()]
      .filter((r) => r.team === query.team && (!query.status || r.status === query.status))
      .filter((r) => !query.template || r.template.id === query.template)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, query.limit);
    return { items };
  }

  async teams() {
    return [...new Set([...this.records.values()].map((r) => r.team))].sort();
  }

  async committedCents(team: string) {
    return this.reserved.get(team) ?? 0;
  }

  /** Measured run rates, as the cost evaluation would set them. */
  readonly measured = new Map<string, number>();

  async budgetUse(team: string) {
    return { committedCents: this.reserved.get(team) ?? 0, measuredCents: this.measured.get(team) ?? 0 };
  }
}

export class MemoryWorkflowRunner implements WorkflowRunner {
  readonly started = new Map<string, { workflow: WorkflowName; input: Record<string, unknown> }>();
  readonly stopped: string[] = [];
  /** Task tokens whose execution is gone: answering them is a `conflict`, as Step Functions says TaskDoesNotExist. */
  readonly lost = new Set<string>();

  async start(workflow: WorkflowName, name: string, input: Record<string, unknown>) {
    if (!this.started.has(name)) this.started.set(name, { workflow, input });
    return this.arnOf(workflow, name);
  }

  arnOf(workflow: WorkflowName, name: string) {
    return `arn:aws:states:us-east-1:000000000000:execution:plinth-test-${workflow}:${name}`;
  }

  async stop(executionArn: string) {
    this.stopped.push(executionArn);
  }

  async succeedTask(taskToken: string) {
    if (this.lost.has(taskToken)) fail("conflict", "the workflow is no longer waiting for this answer");
  }

  async failTask(taskToken: string) {
    if (this.lost.has(taskToken)) fail("conflict", "the workflow is no longer waiting for this answer");
  }
}
