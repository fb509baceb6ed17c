import { DescribeExecutionCommand, ExecutionDoesNotExist, type SFNClient } from "@aws-sdk/client-sfn";
import type { ExecutionLookup } from "@plinth/core";

/** DescribeExecution for the sweep: an execution that does not exist is `undefined`, not an error. */
export class StepFunctionsExecutionLookup implements ExecutionLookup {
  constructor(private readonly client: SFNClient) {}

  async describe(executionArn: string) {
    try {
      const { status, error, cause } = await this.client.send(new DescribeExecutionCommand({ executionArn }));
      return { status: String(status), ...(error ? { error } : {}), ...(cause ? { cause } : {}) };
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return undefined;
      throw error;
    }
  }
}
