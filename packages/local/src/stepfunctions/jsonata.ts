import jsonata from "jsonata";
import { StatesError } from "./errors";

/**
 * JSONata-mode data: any string `{% expression %}` inside Arguments, Output, Assign, Items,
 * Condition, Seconds, … is evaluated with `$states` (input, result, errorOutput, context) and the
 * workflow's variables bound; other JSON is copied, recursing into objects and arrays.
 */
export interface StatesBinding {
  input: unknown;
  context: unknown;
  result?: unknown;
  errorOutput?: unknown;
}

const compiled = new Map<string, ReturnType<typeof jsonata>>();

function expression(source: string): ReturnType<typeof jsonata> {
  let expr = compiled.get(source);
  if (!expr) {
    try {
      expr = jsonata(source);
    } catch (error) {
      throw new StatesError(
        "States.QueryEvaluationError",
        `cannot parse JSONata {% ${source} %}: ${(error as Error).message}`,
      );
    }
    compiled.set(source, expr);
  }
  return expr;
}

const EXPRESSION = /^\{%([\s\S]*)%\}$/;

export function isExpression(value: unknown): value is string {
  return typeof value === "string" && EXPRESSION.test(value.trim());
}

export async function evaluate(
  value: unknown,
  states: StatesBinding,
  variables: ReadonlyMap<string, unknown>,
): Promise<unknown> {
  if (typeof value === "string") {
    const match = EXPRESSION.exec(value.trim());
    if (!match) return value;
    const bindings: Record<string, unknown> = Object.fromEntries(variables);
    bindings.states = states;
    try {
      return await expression((match[1] as string).trim()).evaluate({}, bindings);
    } catch (error) {
      if (error instanceof StatesError) throw error;
      throw new StatesError(
        "States.QueryEvaluationError",
        `{% ${(match[1] as string).trim()} %}: ${(error as Error).message}`,
      );
    }
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => evaluate(item, states, variables)));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const evaluated = await evaluate(item, states, variables);
      if (evaluated !== undefined) out[key] = evaluated;
    }
    return out;
  }
  return value;
}
