import * as dynamodb from "@aws-sdk/client-dynamodb";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import type { Cancellation } from "./cancellation";
import { StatesError } from "./errors";
import type { TaskCall } from "./types";

/**
 * What a Task's Resource reaches locally:
 * - `arn:aws:states:::dynamodb:*` and `aws-sdk:dynamodb:*` → the local DynamoDB, through the real SDK
 *   (errors named `DynamoDB.<Exception>`);
 * - `arn:aws:states:::events:putEvents` → the local EventBridge service, through the real SDK;
 * - `arn:aws:states:::lambda:invoke` and plain Lambda ARNs → in-process handlers registered by
 *   function name (the names the stack gives task functions);
 * - `arn:aws:states:::states:startExecution(.sync)` → this Step Functions service;
 * - `arn:aws:states:::aws-sdk:<service>:<action>` → stand-ins registered by service name;
 * - other optimized integrations (`arn:aws:states:::athena:startQueryExecution.sync`) → the
 *   stand-in's action named by operation and pattern (`startQueryExecution.sync`).
 * Anything else fails the task with a clear error; nothing silently succeeds.
 */
export type LambdaHandler = (
  event: unknown,
  context: { functionName: string; awsRequestId: string },
) => Promise<unknown>;
export type SdkAction = (parameters: unknown, signal: Cancellation) => Promise<unknown>;

export interface IntegrationDeps {
  lambdas: ReadonlyMap<string, LambdaHandler>;
  standins: ReadonlyMap<string, Readonly<Record<string, SdkAction>>>;
  startExecution(parameters: unknown, mode: "" | ".sync" | ".sync:2", signal: Cancellation): Promise<unknown>;
}

export function createInvoker(deps: IntegrationDeps): (call: TaskCall) => Promise<unknown> {
  let dynamo: dynamodb.DynamoDBClient | undefined;
  let events: EventBridgeClient | undefined;
  return async (call) => {
    const resource = call.resource.replace(/\.waitForTaskToken$/, "");
    const optimized = /^arn:aws:states:::([a-z0-9-]+):([A-Za-z0-9]+)((?:\.sync(?::2)?)?)$/.exec(resource);
    const sdk = /^arn:aws:states:::aws-sdk:([a-z0-9]+):([A-Za-z0-9]+)$/.exec(resource);

    if ((optimized && optimized[1] === "dynamodb") || sdk?.[1] === "dynamodb") {
      dynamo ??= new dynamodb.DynamoDBClient({});
      return callDynamo(dynamo, (optimized?.[2] ?? sdk?.[2]) as string, call.parameters);
    }
    if (optimized?.[1] === "events" && optimized[2] === "putEvents") {
      events ??= new EventBridgeClient({});
      return putEvents(events, call.parameters);
    }
    if (optimized?.[1] === "lambda" && optimized[2] === "invoke") {
      const { FunctionName, Payload } = (call.parameters ?? {}) as { FunctionName?: string; Payload?: unknown };
      const payload = await invokeLambda(deps.lambdas, FunctionName, Payload);
      return { ExecutedVersion: "$LATEST", Payload: payload, StatusCode: 200 };
    }
    if (resource.startsWith("arn:aws:lambda:")) return invokeLambda(deps.lambdas, resource, call.parameters);
    if (optimized?.[1] === "states" && optimized[2] === "startExecution") {
      return deps.startExecution(call.parameters, optimized[3] as "" | ".sync" | ".sync:2", call.signal);
    }
    // Optimized integrations of stand-in services (Athena), `.sync` included, by operation name.
    const optimizedStandIn = optimized && deps.standins.get(optimized[1] as string)?.[`${optimized[2]}${optimized[3]}`];
    if (optimizedStandIn) return optimizedStandIn(call.parameters, call.signal);
    if (sdk) {
      const action = deps.standins.get(sdk[1] as string)?.[sdk[2] as string];
      if (!action) {
        throw new StatesError(
          "States.TaskFailed",
          `the local cloud has no stand-in for aws-sdk:${sdk[1]}:${sdk[2]} (register one in packages/local/src/standins)`,
        );
      }
      return action(call.parameters, call.signal);
    }
    throw new StatesError("States.TaskFailed", `the local cloud cannot run the resource ${call.resource}`);
  };
}

async function callDynamo(client: dynamodb.DynamoDBClient, operation: string, parameters: unknown): Promise<unknown> {
  const commandName = `${operation.charAt(0).toUpperCase()}${operation.slice(1)}Command`;
  const Command = (dynamodb as unknown as Record<string, new (input: unknown) => dynamodb.GetItemCommand>)[commandName];
  if (!Command) throw new StatesError("States.TaskFailed", `DynamoDB has no operation ${operation}`);
  try {
    const { $metadata: _, ...output } = (await client.send(new Command(parameters))) as { $metadata: unknown };
    return output;
  } catch (error) {
    throw serviceError("DynamoDB", error);
  }
}

/**
 * The optimized integration takes `Detail` as a JSON object as well as a string and serialises it
 * (the SDK's own PutEvents takes only a string), so a `.waitForTaskToken` can put its token in it.
 */
async function putEvents(client: EventBridgeClient, parameters: unknown): Promise<unknown> {
  const input = (parameters ?? {}) as { Entries?: Record<string, unknown>[] };
  const Entries = input.Entries?.map((entry) =>
    entry.Detail !== undefined && typeof entry.Detail !== "string"
      ? { ...entry, Detail: JSON.stringify(entry.Detail) }
      : entry,
  );
  try {
    const { $metadata: _, ...output } = await client.send(
      new PutEventsCommand({ ...input, Entries } as ConstructorParameters<typeof PutEventsCommand>[0]),
    );
    if ((output.FailedEntryCount ?? 0) > 0)
      throw new StatesError("EventBridge.FailedEntry", JSON.stringify(output.Entries));
    return output;
  } catch (error) {
    if (error instanceof StatesError) throw error;
    throw serviceError("EventBridge", error);
  }
}

async function invokeLambda(
  lambdas: ReadonlyMap<string, LambdaHandler>,
  nameOrArn: string | undefined,
  payload: unknown,
): Promise<unknown> {
  const name = /^arn:aws:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(nameOrArn ?? "")?.[1] ?? nameOrArn ?? "";
  const handler = lambdas.get(name);
  if (!handler)
    throw new StatesError(
      "Lambda.ResourceNotFoundException",
      `Function not found: ${nameOrArn} (no in-process handler registered)`,
    );
  try {
    return await handler(payload, { functionName: name, awsRequestId: crypto.randomUUID() });
  } catch (error) {
    const errorType = error instanceof Error ? error.name : "Error";
    const errorMessage = error instanceof Error ? error.message : String(error);
    throw new StatesError(errorType, JSON.stringify({ errorMessage, errorType, trace: [] }));
  }
}

function serviceError(service: string, error: unknown): StatesError {
  if (error instanceof Error)
    return new StatesError(`${service}.${error.name}`, `${error.message} (Service: ${service})`);
  return new StatesError(`${service}.Unknown`, String(error));
}
