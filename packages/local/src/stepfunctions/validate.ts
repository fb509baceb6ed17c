import { validateAsl } from "@plinth/workflows";
import jsonata from "jsonata";

/**
 * What CreateStateMachine checks: the States Language grammar (asl-validator) plus what it does not
 * check and AWS does: every JSONata expression must parse.
 */
export function validateDefinition(definition: unknown): string[] {
  const errors = validateAsl(definition).errors;
  for (const expression of jsonataExpressions(definition)) {
    try {
      jsonata(expression);
    } catch (error) {
      errors.push(`JSONata {% ${expression} %} does not parse: ${(error as Error).message}`);
    }
  }
  return errors;
}

function* jsonataExpressions(value: unknown): Generator<string> {
  if (typeof value === "string") {
    const match = /^\{%([\s\S]*)%\}$/.exec(value.trim());
    if (match) yield (match[1] as string).trim();
  } else if (Array.isArray(value)) {
    for (const item of value) yield* jsonataExpressions(item);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) yield* jsonataExpressions(item);
  }
}
