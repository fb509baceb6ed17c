import type { ChoiceRule, ChoiceState } from "@plinth/workflows";
import { assign, contextObject, jsonataOutput, jsonPathScope, languageOf } from "../dataflow";
import { runtimeError, StatesError } from "../errors";
import { evaluate } from "../jsonata";
import { readPath, renderTemplate, type Scope, selectPath } from "../paths";
import type { Frame, StateOutcome } from "../types";

/** Choice: the first rule that holds picks Next (and may Assign/Output); else Default; else States.NoChoiceMatched. */
export async function runChoice(
  name: string,
  state: ChoiceState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
  if (language === "JSONata") {
    const states = { input, context };
    for (const rule of state.Choices) {
      const holds = await evaluate(rule.Condition, states, frame.variables);
      if (typeof holds !== "boolean")
        throw runtimeError(`Choice "${name}": a Condition must be a boolean, got ${JSON.stringify(holds)}`);
      if (holds) {
        const exit = { Output: rule.Output ?? state.Output, Assign: rule.Assign };
        return { output: await jsonataOutput(exit, frame, states, input), next: rule.Next as string };
      }
    }
    if (state.Default) return { output: await jsonataOutput(state, frame, states, input), next: state.Default };
    throw new StatesError("States.NoChoiceMatched", `no Choice rule of "${name}" matched and there is no Default`);
  }
  const effective = selectPath(state.InputPath, jsonPathScope(frame, input, context));
  const scope = jsonPathScope(frame, effective, context);
  const rule = state.Choices.find((candidate) => holds(candidate, scope));
  const next = rule?.Next ?? state.Default;
  if (!next)
    throw new StatesError("States.NoChoiceMatched", `no Choice rule of "${name}" matched and there is no Default`);
  const assigned = rule?.Assign ?? (rule ? undefined : state.Assign);
  if (assigned) assign(frame, renderTemplate(assigned, scope));
  return { output: selectPath(state.OutputPath, scope), next };
}

const COMPARISONS = [
  "StringEquals",
  "StringLessThan",
  "StringGreaterThan",
  "StringLessThanEquals",
  "StringGreaterThanEquals",
  "StringMatches",
  "NumericEquals",
  "NumericLessThan",
  "NumericGreaterThan",
  "NumericLessThanEquals",
  "NumericGreaterThanEquals",
  "BooleanEquals",
  "TimestampEquals",
  "TimestampLessThan",
  "TimestampGreaterThan",
  "TimestampLessThanEquals",
  "TimestampGreaterThanEquals",
  "IsNull",
  "IsPresent",
  "IsNumeric",
  "IsString",
  "IsBoolean",
  "IsTimestamp",
];

function holds(rule: ChoiceRule, scope: Scope): boolean {
  if (rule.And) return rule.And.every((inner) => holds(inner, scope));
  if (rule.Or) return rule.Or.some((inner) => holds(inner, scope));
  if (rule.Not) return !holds(rule.Not, scope);
  const operator = Object.keys(rule).find((key) => COMPARISONS.includes(key.replace(/Path$/, "")));
  if (!operator || typeof rule.Variable !== "string")
    throw runtimeError(`a Choice rule needs Variable and a comparison: ${JSON.stringify(rule)}`);
  const base = operator.replace(/Path$/, "");
  const expected = operator.endsWith("Path") ? readPath(rule[operator] as string, scope) : rule[operator];
  if (base === "IsPresent") return present(rule.Variable, scope) === expected;
  const value = readPath(rule.Variable, scope);
  return compare(base, value, expected);
}

function present(path: string, scope: Scope): boolean {
  try {
    readPath(path, scope);
    return true;
  } catch {
    return false;
  }
}

function compare(operator: string, value: unknown, expected: unknown): boolean {
  const isTimestamp = (v: unknown) =>
    typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v);
  switch (operator) {
    case "IsNull":
      return (value === null) === expected;
    case "IsNumeric":
      return (typeof value === "number") === expected;
    case "IsString":
      return (typeof value === "string") === expected;
    case "IsBoolean":
      return (typeof value === "boolean") === expected;
    case "IsTimestamp":
      return isTimestamp(value) === expected;
    case "StringMatches":
      return typeof value === "string" && wildcard(expected as string).test(value);
    case "BooleanEquals":
      return typeof value === "boolean" && value === expected;
  }
  const kind = operator.startsWith("String") ? "string" : operator.startsWith("Numeric") ? "number" : "timestamp";
  let left: string | number;
  let right: string | number;
  if (kind === "timestamp") {
    if (!isTimestamp(value) || !isTimestamp(expected)) return false;
    left = Date.parse(value as string);
    right = Date.parse(expected as string);
  } else {
    if (typeof value !== kind || typeof expected !== kind) return false;
    left = value as string | number;
    right = expected as string | number;
  }
  const suffix = operator.replace(/^(String|Numeric|Timestamp)/, "");
  switch (suffix) {
    case "Equals":
      return left === right;
    case "LessThan":
      return left < right;
    case "GreaterThan":
      return left > right;
    case "LessThanEquals":
      return left <= right;
    case "GreaterThanEquals":
      return left >= right;
  }
  return false;
}

/** StringMatches: `*` matches anything; `\*` and `\\` are literal. */
function wildcard(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === "\\" && i + 1 < pattern.length)
      source += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (char === "*") source += ".*";
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s");
}
