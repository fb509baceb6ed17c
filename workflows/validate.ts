import { createRequire } from "node:module";
import { type StateMachine, tasks } from "./asl";
import { unboundedLoops } from "./loops";

interface AslValidatorResult {
  isValid: boolean;
  errors: { path?: string; message?: string; Message?: string; "Error code"?: string }[];
}
type AslValidator = (definition: unknown, options?: { checkPaths?: boolean; checkArn?: boolean }) => AslValidatorResult;

// asl-validator ships CommonJS without type declarations.
const aslValidator = createRequire(import.meta.url)("asl-validator") as AslValidator;

export interface ValidationReport {
  valid: boolean;
  errors: string[];
}

/** The Amazon States Language grammar, as `asl-validator` checks it. */
export function validateAsl(definition: unknown): ValidationReport {
  // asl-validator writes default QueryLanguage fields into what it is given; hand it a copy.
  const { isValid, errors } = aslValidator(structuredClone(definition));
  return {
    valid: isValid,
    errors: errors.map((error) =>
      [error["Error code"], error.path, error.Message ?? error.message].filter(Boolean).join(": "),
    ),
  };
}

/**
 * Plinth's own rules on top of the grammar (ARCHITECTURE §3): every Task retries transient errors
 * and catches the rest into a recorded terminal state, so no workflow ends with its record running;
 * and no loop can spin forever (`loops.ts`).
 */
export function validateWorkflow(definition: StateMachine): ValidationReport {
  const report = validateAsl(definition);
  const errors = [...report.errors];
  for (const [name, task] of tasks(definition)) {
    if (!task.Retry?.length) errors.push(`state "${name}": a Task needs Retry for transient errors`);
    if (!task.Catch?.some((catcher) => catcher.ErrorEquals.includes("States.ALL"))) {
      errors.push(`state "${name}": a Task needs a Catch on States.ALL that records the failure`);
    }
  }
  errors.push(...unboundedLoops(definition));
  return { valid: errors.length === 0, errors };
}
