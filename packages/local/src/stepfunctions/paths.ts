import { JSONPath } from "jsonpath-plus";
import { runtimeError } from "./errors";
import { evaluateIntrinsic, isIntrinsic } from "./intrinsics";

/**
 * JSONPath-mode data: reference paths (`$.a.b`, `$$.Execution.Id`, `$myVariable.x`), payload
 * templates (`"key.$": path or intrinsic`), and ResultPath. Simple paths are walked directly; paths
 * with wildcards, filters or slices go to jsonpath-plus.
 */
export interface Scope {
  /** The state's effective input (`$`). */
  data: unknown;
  /** The context object (`$$`). */
  context: unknown;
  /** Workflow variables (`$name`), readable from the state's scope. */
  variables: ReadonlyMap<string, unknown>;
}

const SIMPLE = /^(\.[A-Za-z_][\w-]*|\['[^']*'\]|\[\d+\])*$/;
const SEGMENT = /\.([A-Za-z_][\w-]*)|\['([^']*)'\]|\[(\d+)\]/g;

export function readPath(path: string, scope: Scope): unknown {
  let root: unknown;
  let rest: string;
  if (path.startsWith("$$")) {
    root = scope.context;
    rest = path.slice(2);
  } else if (/^\$[A-Za-z_]/.test(path)) {
    const name = /^\$([A-Za-z_][\w]*)/.exec(path)?.[1] as string;
    if (!scope.variables.has(name)) throw runtimeError(`the variable $${name} is not defined`);
    root = scope.variables.get(name);
    rest = path.slice(name.length + 1);
  } else if (path.startsWith("$")) {
    root = scope.data;
    rest = path.slice(1);
  } else {
    throw runtimeError(`"${path}" is not a path: it must start with $`);
  }
  if (SIMPLE.test(rest)) return walk(root, rest, path);
  const found = JSONPath({ path: `$${rest}`, json: root as object, wrap: true }) as unknown[];
  return found;
}

function walk(root: unknown, rest: string, path: string): unknown {
  let value = root;
  for (const match of rest.matchAll(SEGMENT)) {
    const key = match[1] ?? match[2] ?? Number(match[3]);
    if (value === null || typeof value !== "object" || !(key in (value as object))) {
      throw runtimeError(`the JSONPath '${path}' could not be found in the input '${truncate(JSON.stringify(root))}'`);
    }
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** InputPath / OutputPath: null means `{}`, absent means `$`. */
export function selectPath(path: string | null | undefined, scope: Scope): unknown {
  if (path === undefined || path === "$") return scope.data;
  if (path === null) return {};
  return readPath(path, scope);
}

/** ResultPath: where the result goes in the state's raw input. null discards it, `$` replaces the input. */
export function applyResultPath(input: unknown, path: string | null | undefined, result: unknown): unknown {
  if (path === undefined || path === "$") return result;
  if (path === null) return input;
  if (!path.startsWith("$.") && !path.startsWith("$[")) throw runtimeError(`ResultPath "${path}" must start with $`);
  const keys = [...path.slice(1).matchAll(SEGMENT)].map((match) => match[1] ?? match[2] ?? Number(match[3]));
  if (input === null || typeof input !== "object") {
    throw runtimeError(`cannot apply ResultPath "${path}" to a non-object input`);
  }
  const out = structuredClone(input) as Record<string | number, unknown>;
  let cursor = out;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      cursor[key] = result;
      return;
    }
    const next = cursor[key];
    if (next === null || typeof next !== "object") cursor[key] = {};
    cursor = cursor[key] as Record<string | number, unknown>;
  });
  return out;
}

/** Parameters, ResultSelector, ItemSelector: `"key.$"` values are paths or intrinsic functions. */
export function renderTemplate(template: unknown, scope: Scope): unknown {
  if (Array.isArray(template)) return template.map((item) => renderTemplate(item, scope));
  if (template === null || typeof template !== "object") return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith(".$")) {
      if (typeof value !== "string") throw runtimeError(`the value of "${key}" must be a path or intrinsic function`);
      out[key.slice(0, -2)] = isIntrinsic(value)
        ? evaluateIntrinsic(value, (path) => readPath(path, scope))
        : readPath(value, scope);
    } else {
      out[key] = renderTemplate(value, scope);
    }
  }
  return out;
}

export function truncate(text: string | undefined, length = 200): string {
  if (text === undefined) return "undefined";
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
