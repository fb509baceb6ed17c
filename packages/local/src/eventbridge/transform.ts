import { JSONPath } from "jsonpath-plus";

/**
 * What a target receives: the whole event, a constant `Input`, the part at `InputPath`, or an
 * `InputTransformer` (InputPathsMap values substituted into InputTemplate: inside quotes as raw
 * text, outside quotes as JSON), as EventBridge builds it.
 */
export interface TargetInput {
  Input?: string;
  InputPath?: string;
  InputTransformer?: { InputPathsMap?: Record<string, string>; InputTemplate: string };
}

export function targetInput(
  target: TargetInput,
  event: Record<string, unknown>,
  rule: { name: string; arn: string },
): string {
  if (target.Input !== undefined) return target.Input;
  if (target.InputPath !== undefined) return JSON.stringify(select(event, target.InputPath) ?? null);
  if (!target.InputTransformer) return JSON.stringify(event);
  const values: Record<string, unknown> = {
    "aws.events.rule-arn": rule.arn,
    "aws.events.rule-name": rule.name,
    "aws.events.event.ingestion-time": event.time,
    "aws.events.event": event,
    "aws.events.event.json": event,
  };
  for (const [name, path] of Object.entries(target.InputTransformer.InputPathsMap ?? {}))
    values[name] = select(event, path);
  return fill(target.InputTransformer.InputTemplate, values);
}

function select(event: Record<string, unknown>, path: string): unknown {
  const found = JSONPath({ path, json: event, wrap: true }) as unknown[];
  return found.length === 0 ? undefined : found.length === 1 ? found[0] : found;
}

function fill(template: string, values: Record<string, unknown>): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const char = template[i] as string;
    if (char === '"' && template[i - 1] !== "\\") inString = !inString;
    const placeholder = char === "<" ? /^<([A-Za-z0-9_.-]+)>/.exec(template.slice(i)) : null;
    if (placeholder && (placeholder[1] as string) in values) {
      const value = values[placeholder[1] as string];
      if (inString)
        out +=
          typeof value === "string"
            ? value.replace(/["\\]/g, "\\$&")
            : JSON.stringify(value ?? null).replace(/^"|"$/g, "");
      else out += value === undefined ? "null" : JSON.stringify(value);
      i += (placeholder[0] as string).length - 1;
      continue;
    }
    out += char;
  }
  return out;
}
