import { ResourceNames, type WorkflowName } from "@plinth/core";
import { z } from "zod";

/**
 * Reads a resource SST links into a function (`SST_RESOURCE_<Name>`, a JSON object). The local cloud
 * sets the same variables, so production code and local runs read names the same way. A missing or
 * malformed value fails at start and says which.
 */
export function linked<T extends z.ZodType>(name: string, schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const variable = `SST_RESOURCE_${name}`;
  const raw = env[variable];
  if (raw === undefined) {
    throw new Error(
      `${variable} is not set: link ${name} to this function in stacks/, or run it inside the local cloud`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`${variable} is not JSON: ${raw.slice(0, 60)}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new Error(`${variable} is malformed: ${z.prettifyError(result.error)}`);
  return result.data;
}

export const NamedResource = z.object({ name: z.string().min(1) });
export const TableResource = z.object({ name: z.string().min(1) });
export const StateMachineResource = z.object({ name: z.string().min(1), arn: z.string().startsWith("arn:") });

/**
 * A function's own environment, parsed once at start: a missing or malformed variable stops the
 * start naming it, instead of falling back to a value that is wrong in AWS.
 */
export function environment<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`the function's environment is incomplete or wrong: ${names}`);
  }
  return result.data;
}

const StageEnvironment = z.object({
  PLINTH_STAGE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,30}$/, "the stage's name (set for every function by sst.config.ts)"),
});

/** The stage's name (`PLINTH_STAGE`, given to every function by sst.config.ts): it is part of catalog stack names. */
export function stageName(env: NodeJS.ProcessEnv = process.env): string {
  return environment(StageEnvironment, env).PLINTH_STAGE;
}

/** The stage, its resources every entry point reads: the table, the bus, the lake and each workflow's state machine. */
export function linkedStage(env: NodeJS.ProcessEnv = process.env) {
  return {
    stage: stageName(env),
    tableName: linked(ResourceNames.table, TableResource, env).name,
    busName: linked(ResourceNames.bus, NamedResource, env).name,
    lakeBucket: linked(ResourceNames.lake, NamedResource, env).name,
    stateMachineArn: (workflow: WorkflowName) => linked(workflow, StateMachineResource, env).arn,
  };
}
