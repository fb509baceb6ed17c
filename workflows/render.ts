/**
 * Binds the `${Name}` placeholders of a definition (or of anything derived from it, such as its IAM
 * statements) to real values: ARNs and names at deploy time, local ARNs at local start. A
 * placeholder without a binding is an error that names it, so nothing is deployed half-bound.
 */
const PLACEHOLDER = /\$\{([A-Za-z][A-Za-z0-9]*)\}/g;

export type Bindings = Readonly<Record<string, string>>;

/**
 * The one list of what a stage binds in every workflow (besides each task function's
 * `${<Binding>Arn}`): the stack (stacks/workflows.ts) and the local cloud both build this type, so a
 * new placeholder is added here once and neither can forget it.
 */
export type StageBindings = {
  Table: string;
  TableArn: string;
  Bus: string;
  BusArn: string;
  DefaultBusArn: string;
  Lake: string;
  LakeArn: string;
  Region: string;
  Account: string;
  Stage: string;
  /** The role CloudFormation deploys catalog stacks with. */
  CloudFormationRoleArn: string;
};

export function placeholders(value: unknown): Set<string> {
  const found = new Set<string>();
  walk(value, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) found.add(match[1] as string);
    return text;
  });
  return found;
}

export function render<T>(value: T, bindings: Bindings): T {
  const missing = [...placeholders(value)].filter((name) => !(name in bindings));
  if (missing.length > 0) {
    throw new Error(`unbound placeholder(s): ${missing.map((name) => `\${${name}}`).join(", ")}`);
  }
  return walk(value, (text) => text.replace(PLACEHOLDER, (_, name: string) => bindings[name] as string)) as T;
}

function walk(value: unknown, onString: (text: string) => string): unknown {
  if (typeof value === "string") return onString(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, onString));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, onString)]));
  }
  return value;
}
