import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import {
  linked,
  NamedResource,
  platformPublisher,
  type StateMachineArns,
  StateMachineResource,
  StepFunctionsRunner,
  stageName,
  TableResource,
} from "@plinth/aws";
import { ResourceNames } from "@plinth/core";

/** What every task function is linked to: the table (and a traced client for it) and the bus. */
export function linkedPlatform(tracer: Tracer) {
  return {
    table: linked(ResourceNames.table, TableResource).name,
    dynamodb: tracer.captureAWSv3Client(new DynamoDBClient({})),
    events: platformPublisher(
      tracer.captureAWSv3Client(new EventBridgeClient({})),
      linked(ResourceNames.bus, NamedResource).name,
      stageName(),
    ),
  };
}

/**
 * The workflows a task function starts or answers (its `startsWorkflows`). Each ARN is read when used:
 * a task function is linked to the machines it starts only.
 */
export function linkedWorkflows(tracer: Tracer): StepFunctionsRunner {
  return new StepFunctionsRunner(
    tracer.captureAWSv3Client(new SFNClient({})),
    new Proxy({} as StateMachineArns, {
      get: (_machines, workflow) => linked(String(workflow), StateMachineResource).arn,
    }),
  );
}
