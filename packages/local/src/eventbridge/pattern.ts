import { BlockList, isIPv4, isIPv6 } from "node:net";

/**
 * EventBridge event patterns, as the EventBridge user guide defines them: exact values (strings,
 * numbers, booleans, null, ""), prefix / suffix (optionally equals-ignore-case), anything-but
 * (values, lists, prefix, suffix, equals-ignore-case, wildcard), numeric ranges, exists, cidr (IPv4
 * and IPv6), equals-ignore-case, wildcard, `$or`, nested objects, and arrays in events matching
 * when any element matches. `compilePattern` refuses an invalid pattern naming the problem.
 * (No npm matcher is faithful: serverless-offline-aws-eventbridge fails cidr, wildcard, top-level
 * `$or`, null and anything-but prefix.)
 */
export class InvalidPatternError extends Error {}

type ValueTest = (value: unknown) => boolean;

interface FieldTest {
  key: string;
  /** For a leaf: tests on each value (any passes). For a nested object: the nested pattern. */
  leaf?: { tests: ValueTest[]; exists?: boolean };
  nested?: CompiledPattern;
}

export interface CompiledPattern {
  fields: FieldTest[];
  /** `$or` alternatives at this level: at least one must match, together with `fields`. */
  or: CompiledPattern[][];
}

export function compilePattern(pattern: unknown): CompiledPattern {
  if (typeof pattern === "string") {
    try {
      pattern = JSON.parse(pattern);
    } catch {
      throw new InvalidPatternError("Event pattern is not valid JSON");
    }
  }
  if (!isObject(pattern)) throw new InvalidPatternError("Event pattern must be a JSON object");
  if (Object.keys(pattern).length === 0) throw new InvalidPatternError("Event pattern must not be empty");
  return compileObject(pattern, "");
}

function compileObject(pattern: Record<string, unknown>, path: string): CompiledPattern {
  const compiled: CompiledPattern = { fields: [], or: [] };
  for (const [key, value] of Object.entries(pattern)) {
    const at = path ? `${path}.${key}` : key;
    if (key === "$or") {
      if (!Array.isArray(value) || value.length < 2)
        throw new InvalidPatternError(`"$or" at ${at} must be an array of at least two patterns`);
      compiled.or.push(
        value.map((alternative, index) => {
          if (!isObject(alternative))
            throw new InvalidPatternError(`"$or" alternative ${index} at ${at} must be an object`);
          return compileObject(alternative, path);
        }),
      );
      continue;
    }
    if (isObject(value)) {
      if (Object.keys(value).length === 0) throw new InvalidPatternError(`${at} must not be an empty object`);
      compiled.fields.push({ key, nested: compileObject(value, at) });
      continue;
    }
    if (!Array.isArray(value))
      throw new InvalidPatternError(`${at} must be an array or an object, got ${JSON.stringify(value)}`);
    if (value.length === 0) throw new InvalidPatternError(`${at} must not be an empty array`);
    const tests: ValueTest[] = [];
    let exists: boolean | undefined;
    for (const matcher of value) {
      if (isObject(matcher) && "exists" in matcher) {
        if (typeof matcher.exists !== "boolean" || Object.keys(matcher).length !== 1) {
          throw new InvalidPatternError(`exists at ${at} must be true or false`);
        }
        exists = matcher.exists;
        continue;
      }
      tests.push(compileMatcher(matcher, at));
    }
    compiled.fields.push({ key, leaf: { tests, ...(exists === undefined ? {} : { exists }) } });
  }
  return compiled;
}

function compileMatcher(matcher: unknown, at: string): ValueTest {
  if (matcher === null || typeof matcher === "string" || typeof matcher === "number" || typeof matcher === "boolean") {
    return (value) =>
      value === matcher || (typeof matcher === "number" && typeof value === "number" && value === matcher);
  }
  if (!isObject(matcher)) throw new InvalidPatternError(`${at}: ${JSON.stringify(matcher)} is not a valid matcher`);
  const keys = Object.keys(matcher);
  if (keys.length !== 1)
    throw new InvalidPatternError(`${at}: a matcher object has exactly one operator, got ${keys.join(", ") || "none"}`);
  const operator = keys[0] as string;
  const operand = matcher[operator];
  switch (operator) {
    case "prefix":
    case "suffix":
      return affix(operator, operand, at);
    case "equals-ignore-case": {
      const expected = requireString(operand, operator, at).toLowerCase();
      return (value) => typeof value === "string" && value.toLowerCase() === expected;
    }
    case "wildcard": {
      const regex = wildcard(requireString(operand, operator, at), at);
      return (value) => typeof value === "string" && regex.test(value);
    }
    case "numeric":
      return numeric(operand, at);
    case "cidr":
      return cidr(operand, at);
    case "anything-but":
      return anythingBut(operand, at);
    default:
      throw new InvalidPatternError(`${at}: unknown operator "${operator}"`);
  }
}

function affix(operator: "prefix" | "suffix", operand: unknown, at: string): ValueTest {
  let text: string;
  let ignoreCase = false;
  if (isObject(operand)) {
    if (Object.keys(operand).length !== 1 || typeof operand["equals-ignore-case"] !== "string") {
      throw new InvalidPatternError(`${at}: ${operator} takes a string or {"equals-ignore-case": string}`);
    }
    text = (operand["equals-ignore-case"] as string).toLowerCase();
    ignoreCase = true;
  } else {
    text = requireString(operand, operator, at);
  }
  return (value) => {
    if (typeof value !== "string") return false;
    const subject = ignoreCase ? value.toLowerCase() : value;
    return operator === "prefix" ? subject.startsWith(text) : subject.endsWith(text);
  };
}

const NUMERIC_OPERATORS = new Set(["<", "<=", "=", ">", ">="]);

function numeric(operand: unknown, at: string): ValueTest {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0 || operand.length > 4) {
    throw new InvalidPatternError(`${at}: numeric takes one or two [operator, number] pairs`);
  }
  const checks: ((n: number) => boolean)[] = [];
  for (let i = 0; i < operand.length; i += 2) {
    const op = operand[i];
    const bound = operand[i + 1];
    if (typeof op !== "string" || !NUMERIC_OPERATORS.has(op))
      throw new InvalidPatternError(`${at}: unknown numeric operator ${JSON.stringify(op)}`);
    if (typeof bound !== "number" || !Number.isFinite(bound))
      throw new InvalidPatternError(`${at}: numeric bound ${JSON.stringify(bound)} is not a number`);
    if (op === "=" && operand.length > 2) throw new InvalidPatternError(`${at}: "=" cannot be combined with a range`);
    checks.push(
      {
        "<": (n: number) => n < bound,
        "<=": (n: number) => n <= bound,
        "=": (n: number) => n === bound,
        ">": (n: number) => n > bound,
        ">=": (n: number) => n >= bound,
      }[op as "<"],
    );
  }
  if (operand.length === 4 && !((operand[0] as string).startsWith(">") && (operand[2] as string).startsWith("<"))) {
    throw new InvalidPatternError(`${at}: a numeric range is a lower bound (> or >=) then an upper bound (< or <=)`);
  }
  return (value) => typeof value === "number" && checks.every((check) => check(value));
}

function cidr(operand: unknown, at: string): ValueTest {
  const text = requireString(operand, "cidr", at);
  const [address, bits] = text.split("/");
  const family = isIPv4(address ?? "") ? "ipv4" : isIPv6(address ?? "") ? "ipv6" : undefined;
  const prefix = Number(bits);
  if (
    !family ||
    bits === undefined ||
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > (family === "ipv4" ? 32 : 128)
  ) {
    throw new InvalidPatternError(`${at}: "${text}" is not a valid CIDR block`);
  }
  const list = new BlockList();
  list.addSubnet(address as string, prefix, family);
  return (value) => {
    if (typeof value !== "string") return false;
    const kind = isIPv4(value) ? "ipv4" : isIPv6(value) ? "ipv6" : undefined;
    return kind !== undefined && list.check(value, kind);
  };
}

function anythingBut(operand: unknown, at: string): ValueTest {
  if (isObject(operand)) {
    const keys = Object.keys(operand);
    if (keys.length !== 1) throw new InvalidPatternError(`${at}: anything-but takes one operator`);
    const inner = keys[0] as string;
    const value = operand[inner];
    if (inner === "prefix" || inner === "suffix") {
      const test = affix(inner, value, at);
      return (candidate) => typeof candidate === "string" && !test(candidate);
    }
    if (inner === "equals-ignore-case") {
      const values = (Array.isArray(value) ? value : [value]).map((item) =>
        requireString(item, "anything-but equals-ignore-case", at).toLowerCase(),
      );
      return (candidate) => typeof candidate === "string" && !values.includes(candidate.toLowerCase());
    }
    if (inner === "wildcard") {
      const regexes = (Array.isArray(value) ? value : [value]).map((item) =>
        wildcard(requireString(item, "anything-but wildcard", at), at),
      );
      return (candidate) => typeof candidate === "string" && !regexes.some((regex) => regex.test(candidate));
    }
    throw new InvalidPatternError(`${at}: anything-but does not take "${inner}"`);
  }
  const values = Array.isArray(operand) ? operand : [operand];
  if (values.length === 0) throw new InvalidPatternError(`${at}: anything-but needs at least one value`);
  for (const value of values) {
    if (typeof value !== "string" && typeof value !== "number") {
      throw new InvalidPatternError(
        `${at}: anything-but values must be strings or numbers, got ${JSON.stringify(value)}`,
      );
    }
  }
  // A missing or null field does not match anything-but (it matches only fields that are present).
  return (candidate) => candidate !== null && candidate !== undefined && !values.includes(candidate);
}

/** `*` matches any run of characters; `\*` is a literal star; `**` is refused, as AWS does. */
function wildcard(pattern: string, at: string): RegExp {
  if (/(^|[^\\])\*\*/.test(pattern))
    throw new InvalidPatternError(`${at}: consecutive wildcard characters are not allowed in "${pattern}"`);
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === "\\" && (pattern[i + 1] === "*" || pattern[i + 1] === "\\")) source += `\\${pattern[++i]}`;
    else if (char === "*") source += ".*";
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s");
}

function requireString(value: unknown, operator: string, at: string): string {
  if (typeof value !== "string")
    throw new InvalidPatternError(`${at}: ${operator} takes a string, got ${JSON.stringify(value)}`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function matches(pattern: CompiledPattern, event: unknown): boolean {
  if (!isObject(event)) return false;
  for (const field of pattern.fields) {
    if (!fieldMatches(field, event)) return false;
  }
  return pattern.or.every((alternatives) => alternatives.some((alternative) => matches(alternative, event)));
}

function fieldMatches(field: FieldTest, event: Record<string, unknown>): boolean {
  const present = Object.hasOwn(event, field.key);
  const value = event[field.key];
  if (field.nested) {
    if (!present) return false;
    const candidates = Array.isArray(value) ? value : [value];
    return candidates.some((candidate) => matches(field.nested as CompiledPattern, candidate));
  }
  const leaf = field.leaf as NonNullable<FieldTest["leaf"]>;
  // exists applies to leaves: an object or array of objects is not a leaf value.
  const isLeaf = present && !isObject(value) && !(Array.isArray(value) && value.some(isObject));
  if (leaf.exists !== undefined) {
    const existsHolds = leaf.exists ? isLeaf : !present;
    if (leaf.tests.length === 0) return existsHolds;
    if (existsHolds) return true;
  }
  if (!present) return false;
  const values = Array.isArray(value) ? value : [value];
  return values.some((candidate) => leaf.tests.some((test) => test(candidate)));
}
