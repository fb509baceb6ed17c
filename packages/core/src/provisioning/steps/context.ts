import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { fail, StepError } from "../../errors";
import { buildEvent, type EventDefinition } from "../../events";
import { canTransition, type ProvisioningStatus } from "../lifecycle";
import { mutate } from "../mutate";
import type { RequestRecord } from "../request";
import type { StepDeps } from "./shared";

/** What every ProvisioningSteps handler shares: the dependencies and the helpers over them. */
export class ProvisioningStepContext {
  constructor(readonly deps: StepDeps) {}

  at(now: string | undefined): Date {
    return now === undefined ? this.deps.clock.now() : new Date(now);
  }

  async require(id: string, statuses: readonly ProvisioningStatus[]): Promise<RequestRecord> {
    const record = (await this.deps.store.get(id)) ?? fail("not_found", `no provisioning request ${id}`);
    if (!statuses.includes(record.status)) {
      throw new StepError("Plinth.WrongStatus", `request ${id} is ${record.status}, not ${statuses.join(" or ")}`);
    }
    return record;
  }

  transition(
    id: string,
    to: ProvisioningStatus,
    change: (current: RequestRecord, now: Date) => RequestRecord,
    releaseReservation = false,
  ): Promise<RequestRecord> {
    return mutate(this.deps.store, id, (current) => {
      if (current.status === to) return undefined; // a retried step that already landed
      // Someone ended it meanwhile (cancel, reject): a named error the workflow's Catch records.
      if (!canTransition(current.status, to)) {
        throw new StepError("Plinth.WrongStatus", `request ${id} is ${current.status}; it cannot become ${to}`);
      }
      return { next: change(current, this.deps.clock.now()), releaseReservation };
    });
  }

  async publish<D extends EventDefinition>(
    definition: D,
    record: RequestRecord,
    detail: Record<string, unknown>,
  ): Promise<void> {
    await this.deps.events.publish([
      buildEvent(definition, {
        id: randomUUID(),
        occurredAt: this.deps.clock.now().toISOString(),
        correlationId: record.correlationId,
        requestId: record.id,
        team: record.team,
        template: record.template.id,
        environment: record.environment,
        stackName: record.plan.stackName,
        ...detail,
      } as z.input<D["detail"]>),
    ]);
  }
}
