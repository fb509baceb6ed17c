import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  InvalidToken,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from "@aws-sdk/client-sfn";
import { fail, type Provisioning, type WorkflowName } from "@plinth/core";

/** The state machines by workflow, as linked (`SST_RESOURCE_<Name>`) or deployed by the local cloud. */
export type StateMachineArns = Record<WorkflowName, string>;

export class StepFunctionsRunner implements Provisioning.WorkflowRunner {
  constructor(
    private readonly client: SFNClient,
    private readonly machines: StateMachineArns,
  ) {}

  async start(workflow: WorkflowName, name: string, input: Record<string, unknown>): Promise<string> {
    try {
      const { executionArn } = await this.client.send(
        new StartExecutionCommand({ stateMachineArn: this.machines[workflow], name, input: JSON.stringify(input) }),
      );
      return executionArn as string;
    } catch (error) {
      // Names are chosen per request and attempt: an existing execution is this one, started before.
      if (error instanceof ExecutionAlreadyExists) return this.arnOf(workflow, name);
      throw error;
    }
  }

  arnOf(workflow: WorkflowName, name: string): string {
    return `${this.machines[workflow].replace(":stateMachine:", ":execution:")}:${name}`;
  }

  /** Stopping an execution that no longer exists (lost with a local cloud, or expired from history) is done already. */
  async stop(executionArn: string, cause: string): Promise<void> {
    try {
      await this.client.send(new StopExecutionCommand({ executionArn, cause, error: "Plinth.Cancelled" }));
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return;
      throw error;
    }
  }

  async succeedTask(taskToken: string, output: Record<string, unknown>): Promise<void> {
    await this.answer(() =>
      this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) })),
    );
  }

  async failTask(taskToken: string, error: string, cause: string): Promise<void> {
    await this.answer(() => this.client.send(new SendTaskFailureCommand({ taskToken, error, cause })));
  }

  private async answer(send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      if (error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken) {
        fail("conflict", "the workflow is no longer waiting for this answer (the approval expired or was cancelled)");
      }
      throw error;
    }
  }
}
