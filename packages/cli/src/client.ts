import { z } from "zod";

/** A problem+json answer, turned into an error a terminal can show in one or two lines. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(`${status} ${type.split("/").at(-1)}: ${detail}`);
  }
}

const Problem = z.object({
  type: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export interface ClientConfig {
  apiUrl: string;
  token?: string;
}

/** The few HTTP calls the CLI makes, parsed through the same schemas the API is generated from. */
export async function call<T extends z.ZodType>(
  config: ClientConfig,
  method: string,
  path: string,
  schema: T,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<z.infer<T>> {
  const response = await fetch(new URL(path, config.apiUrl), {
    method,
    headers: {
      ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    const problem = Problem.safeParse(safeJson(text));
    if (problem.success)
      throw new ApiError(response.status, problem.data.type, problem.data.detail, problem.data.errors);
    throw new ApiError(response.status, "unexpected", text.slice(0, 200));
  }
  return schema.parse(safeJson(text));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
