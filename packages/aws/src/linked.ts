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
