import { z } from "zod";
import { fail, type InvalidField } from "./errors";

/**
 * Schema helpers for everything a client sends: objects that refuse unknown keys (a typo must not
 * vanish into a default), free-form JSON with a bounded shape, and zod issues as named fields.
 */

/** The message an unknown key gets, with the nearest known key when one is close. */
export function unknownKeyMessage(key: string, known: readonly string[], noun = "field"): string {
  const suggestion = nearest(key, known);
  return suggestion ? `unknown ${noun}; did you mean ${suggestion}?` : `unknown ${noun}`;
}

/**
 * An object that refuses unknown keys (JSON Schema `additionalProperties: false`). One zod issue
 * names every unknown key; its message is `key: message` per key, one per line, which `fieldsOf`
 * splits back into one field each.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, noun = "field") {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => `${key}: ${unknownKeyMessage(key, known, noun)}`).join("\n")
        : undefined,
  });
}

/** zod issues as the fields a problem names, e.g. `body.parameters.visibilityTimeout`. */
export function fieldsOf(error: z.ZodError, prefix: string): InvalidField[] {
  return error.issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)];
    if (issue.code !== "unrecognized_keys") return [{ field: path.join("."), message: issue.message }];
    const perKey = issue.message.split("\n");
    return issue.keys.map((key, index) => {
      const own = perKey.length === issue.keys.length ? perKey[index] : undefined;
      return {
        field: [...path, key].join("."),
        message: own?.startsWith(`${key}: `) ? own.slice(key.length + 2) : "unknown field",
      };
    });
  });
}

export const JSON_LIMITS = { depth: 16, nodes: 5_000 } as const;

/**
 * Where free-form JSON stops being reasonable: deeper than `depth` or more than `nodes` values.
 * Iterative on purpose: the input is the hostile part, and a recursive walk is what overflows.
 */
export function jsonShapeProblem(value: unknown, limits = JSON_LIMITS): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const next = stack.pop() as { value: unknown; depth: number };
    nodes += 1;
    if (nodes > limits.nodes) return `more than ${limits.nodes} values`;
    if (next.value === null || typeof next.value !== "object") continue;
    if (next.depth >= limits.depth) return `nested deeper than ${limits.depth} levels`;
    for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 });
  }
  return undefined;
}

/** A free-form JSON object (template parameters, …) whose depth and size are bounded. */
export function boundedJsonObject() {
  return z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const problem = jsonShapeProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `too complex: ${problem}` });
  });
}

function nearest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const prefix = lower.length >= 4 && (candidate.startsWith(lower) || lower.startsWith(candidate));
    const distance = prefix ? 1 : levenshtein(lower, candidate);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.name : undefined;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Parses what a client sent: a mismatch is the client's (422 for a body, 400 for a query), naming
 * each field. Anything else that fails to parse inside Plinth is ours, and stays a ZodError (500).
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, location: "body" | "query"): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldsOf(result.error, location);
  const summary = fields.map((field) => `${field.field}: ${field.message}`).join("; ");
  return fail(location === "body" ? "validation_failed" : "invalid_parameter", summary, fields, {
    cause: result.error,
  });
}
