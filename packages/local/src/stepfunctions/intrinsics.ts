import { createHash, randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { StatesError } from "./errors";

/**
 * The intrinsic functions of the States Language (`States.Format(...)`, `States.Array(...)`, …),
 * parsed from their string form and evaluated with `resolvePath` for `$`/`$$`/variable arguments.
 */
type Resolve = (path: string) => unknown;

export function isIntrinsic(text: string): boolean {
  return /^States\.[A-Za-z0-9]+\(/.test(text.trim());
}

export function evaluateIntrinsic(text: string, resolvePath: Resolve): unknown {
  const parser = new Parser(text.trim(), resolvePath);
  const value = parser.call();
  parser.end();
  return value;
}

class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly resolvePath: Resolve,
  ) {}

  call(): unknown {
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.at))?.[0];
    if (!name) throw this.error("expected an intrinsic function name");
    this.at += name.length;
    this.expect("(");
    const args: unknown[] = [];
    this.space();
    if (this.peek() !== ")") {
      for (;;) {
        args.push(this.argument());
        this.space();
        if (this.peek() === ",") {
          this.at++;
          continue;
        }
        break;
      }
    }
    this.expect(")");
    if (name === "States.Format") return restore(apply(name, args));
    return apply(name, args.map(restore));
  }

  end(): void {
    this.space();
    if (this.at !== this.text.length) throw this.error("unexpected text after the function call");
  }

  private argument(): unknown {
    this.space();
    const rest = this.text.slice(this.at);
    if (rest.startsWith("'")) return this.string();
    if (rest.startsWith("States.")) return this.call();
    if (rest.startsWith("$")) return this.resolvePath(this.pathText());
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|null|true|false)/.exec(rest)?.[0];
    if (literal) {
      this.at += literal.length;
      return JSON.parse(literal);
    }
    throw this.error("expected a string, number, path or function");
  }

  private string(): string {
    this.at++;
    let out = "";
    while (this.at < this.text.length) {
      const char = this.text[this.at++] as string;
      if (char === "\\") {
        const escaped = this.text[this.at++] ?? "";
        // Escaped braces must survive States.Format's {} substitution; they are restored after it.
        out += escaped === "{" ? OPEN : escaped === "}" ? CLOSE : escaped;
        continue;
      }
      if (char === "'") return out;
      out += char;
    }
    throw this.error("unterminated string");
  }

  /** A path runs to the next top-level `,` or `)`, skipping brackets and quoted names. */
  private pathText(): string {
    const start = this.at;
    let depth = 0;
    while (this.at < this.text.length) {
      const char = this.text[this.at] as string;
      if (char === "[" || char === "(") depth++;
      else if ((char === "]" || char === ")") && depth > 0) depth--;
      else if ((char === "," || char === ")") && depth === 0) break;
      else if (char === "'") {
        const close = this.text.indexOf("'", this.at + 1);
        this.at = close < 0 ? this.text.length : close;
      }
      this.at++;
    }
    return this.text.slice(start, this.at).trim();
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.at] !== char) throw this.error(`expected "${char}"`);
    this.at++;
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private space(): void {
    while (this.text[this.at] === " ") this.at++;
  }

  private error(message: string): StatesError {
    return new StatesError("States.IntrinsicFailure", `${message} at ${this.at} in ${this.text}`);
  }
}

const OPEN = "\uE000";
const CLOSE = "\uE001";

function restore(value: unknown): unknown {
  return typeof value === "string" ? value.replaceAll(OPEN, "{").replaceAll(CLOSE, "}") : value;
}

const fail = (name: string, message: string) => new StatesError("States.IntrinsicFailure", `${name}: ${message}`);

function argsOf(name: string, args: unknown[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw fail(name, `takes ${min === max ? min : `${min}–${max}`} argument(s), got ${args.length}`);
  }
}

function array(name: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw fail(name, "expects an array");
  return value;
}

function integer(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value))
    throw fail(name, `expects an integer, got ${JSON.stringify(value)}`);
  return value;
}

function text(name: string, value: unknown): string {
  if (typeof value !== "string") throw fail(name, `expects a string, got ${JSON.stringify(value)}`);
  return value;
}

const HASHES: Record<string, string> = {
  MD5: "md5",
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
};

function apply(name: string, args: unknown[]): unknown {
  switch (name) {
    case "States.Format": {
      if (args.length < 1) throw fail(name, "needs a template");
      const [template, ...values] = args;
      let index = 0;
      const out = text(name, template).replace(/\{\}/g, () => {
        if (index >= values.length) throw fail(name, "more {} than arguments");
        const value = values[index++];
        return typeof value === "string" ? value : JSON.stringify(value);
      });
      if (index !== values.length) throw fail(name, "more arguments than {}");
      return out;
    }
    case "States.StringToJson":
      argsOf(name, args, 1);
      try {
        return JSON.parse(text(name, args[0]));
      } catch {
        throw fail(name, "the string is not JSON");
      }
    case "States.JsonToString":
      argsOf(name, args, 1);
      return JSON.stringify(args[0]);
    case "States.Array":
      return args;
    case "States.ArrayPartition": {
      argsOf(name, args, 2);
      const items = array(name, args[0]);
      const size = integer(name, args[1]);
      if (size < 1) throw fail(name, "chunk size must be positive");
      const chunks: unknown[][] = [];
      for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
      return chunks;
    }
    case "States.ArrayContains":
      argsOf(name, args, 2);
      return array(name, args[0]).some((item) => isDeepStrictEqual(item, args[1]));
    case "States.ArrayRange": {
      argsOf(name, args, 3);
      const [start, end, step] = [integer(name, args[0]), integer(name, args[1]), integer(name, args[2])];
      if (step === 0) throw fail(name, "step must not be 0");
      const out: number[] = [];
      for (let value = start; step > 0 ? value <= end : value >= end; value += step) {
        out.push(value);
        if (out.length > 1000) throw fail(name, "more than 1000 items");
      }
      return out;
    }
    case "States.ArrayGetItem": {
      argsOf(name, args, 2);
      const items = array(name, args[0]);
      const index = integer(name, args[1]);
      if (index < 0 || index >= items.length) throw fail(name, `index ${index} is out of bounds`);
      return items[index];
    }
    case "States.ArrayLength":
      argsOf(name, args, 1);
      return array(name, args[0]).length;
    case "States.ArrayUnique": {
      argsOf(name, args, 1);
      const out: unknown[] = [];
      for (const item of array(name, args[0])) if (!out.some((seen) => isDeepStrictEqual(seen, item))) out.push(item);
      return out;
    }
    case "States.Base64Encode":
      argsOf(name, args, 1);
      return Buffer.from(text(name, args[0]), "utf8").toString("base64");
    case "States.Base64Decode":
      argsOf(name, args, 1);
      return Buffer.from(text(name, args[0]), "base64").toString("utf8");
    case "States.Hash": {
      argsOf(name, args, 2);
      const algorithm = HASHES[text(name, args[1])];
      if (!algorithm) throw fail(name, `algorithm must be one of ${Object.keys(HASHES).join(", ")}`);
      const data = typeof args[0] === "string" ? args[0] : JSON.stringify(args[0]);
      return createHash(algorithm).update(data).digest("hex");
    }
    case "States.JsonMerge": {
      argsOf(name, args, 3);
      if (args[2] !== false) throw fail(name, "only shallow merges (false) are supported, as in AWS");
      const [left, right] = args;
      if (!isObject(left) || !isObject(right)) throw fail(name, "expects two objects");
      return { ...left, ...right };
    }
    case "States.MathRandom": {
      argsOf(name, args, 2, 3);
      const [start, end] = [integer(name, args[0]), integer(name, args[1])];
      return start + Math.floor(Math.random() * (end - start));
    }
    case "States.MathAdd":
      argsOf(name, args, 2);
      return integer(name, args[0]) + integer(name, args[1]);
    case "States.StringSplit": {
      argsOf(name, args, 2);
      const delimiters = [...text(name, args[1])].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
      return text(name, args[0])
        .split(new RegExp(delimiters))
        .filter((part) => part.length > 0);
    }
    case "States.UUID":
      argsOf(name, args, 0);
      return randomUUID();
    default:
      throw fail(name, "is not an intrinsic function");
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
