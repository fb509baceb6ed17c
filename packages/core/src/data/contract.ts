import { z } from "zod";
import { strictObject } from "../schema";

/**
 * A dataset's data contract: the columns a silver row has (type, nullability, cleansing), its
 * primary key, and the checks a partition must pass, each with a severity:
 * - `warn`: recorded in the report, the promotion goes on;
 * - `quarantine`: failing rows are set aside with the reason (row checks only);
 * - `fail`: the promotion stops and no pointer moves.
 *
 * Contracts are versioned; a promotion records the version it ran under.
 */
export const Identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "lower-case letters, digits and _, starting with a letter (at most 63)");

export const ColumnType = z.enum(["string", "integer", "bigint", "decimal", "double", "boolean", "date", "timestamp"]);
export type ColumnType = z.infer<typeof ColumnType>;

export const Severity = z.enum(["warn", "quarantine", "fail"]);
export type Severity = z.infer<typeof Severity>;
/** Checks over the whole partition cannot set single rows aside. */
const PartitionSeverity = z.enum(["warn", "fail"]);

export const DECIMAL_DEFAULTS = { precision: 18, scale: 2 } as const;

export const Column = strictObject({
  name: Identifier,
  type: ColumnType,
  nullable: z.boolean().default(true),
  precision: z
    .number()
    .int()
    .min(1)
    .max(38)
    .optional()
    .describe(`decimal only: digits in all (${DECIMAL_DEFAULTS.precision} when left out)`),
  scale: z
    .number()
    .int()
    .min(0)
    .max(38)
    .optional()
    .describe(`decimal only: digits after the point (${DECIMAL_DEFAULTS.scale} when left out)`),
  /** String cleansing before checks: trim, then lower/upper; empty strings become NULL unless kept. */
  trim: z.boolean().default(true),
  case: z.enum(["keep", "lower", "upper"]).default("keep"),
  emptyAsNull: z.boolean().default(true),
  description: z.string().max(500).optional(),
}).overwrite(({ precision, scale, ...column }) =>
  // Precision and scale belong to decimals: filled in there, dropped elsewhere (also from contracts
  // stored before this rule, which carried 18,2 on every column).
  column.type === "decimal"
    ? { ...column, precision: precision ?? DECIMAL_DEFAULTS.precision, scale: scale ?? DECIMAL_DEFAULTS.scale }
    : column,
);
export type Column = z.infer<typeof Column>;

/** A value the check SQL carries as a literal: any text but a NUL, which SQL text cannot hold (sql-text.ts). */
const SqlText = z.string().refine((text) => !text.includes("\u0000"), "must not hold a NUL character");

const base = { id: Identifier.optional().describe("a name for the check; derived from kind and column when left out") };
const rowSeverity = Severity.default("quarantine");

export const Check = z.discriminatedUnion("kind", [
  strictObject({ ...base, kind: z.literal("not_null"), column: Identifier, severity: rowSeverity }),
  strictObject({ ...base, kind: z.literal("unique"), columns: z.array(Identifier).min(1), severity: rowSeverity }),
  strictObject({
    ...base,
    kind: z.literal("range"),
    column: Identifier,
    min: z.number().optional(),
    max: z.number().optional(),
    severity: rowSeverity,
  }),
  strictObject({
    ...base,
    kind: z.literal("allowed_values"),
    column: Identifier,
    values: z.array(SqlText).min(1).max(1000),
    severity: rowSeverity,
  }),
  strictObject({
    ...base,
    kind: z.literal("regex"),
    column: Identifier,
    pattern: SqlText.min(1).max(500),
    severity: rowSeverity,
  }),
  strictObject({
    ...base,
    kind: z.literal("reference"),
    column: Identifier,
    dataset: Identifier.describe("the referenced dataset; its current silver version is read"),
    referencedColumn: Identifier,
    severity: rowSeverity,
  }),
  strictObject({
    ...base,
    kind: z.literal("row_count"),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
    severity: PartitionSeverity.default("fail"),
  }),
  strictObject({
    ...base,
    kind: z.literal("freshness"),
    column: Identifier,
    maxAgeHours: z
      .number()
      .positive()
      .max(24 * 366),
    severity: PartitionSeverity.default("warn"),
  }),
  strictObject({
    ...base,
    kind: z.literal("schema_drift"),
    /** Input columns the contract does not name: `ignore` them, or treat them as drift. */
    extraColumns: z.enum(["ignore", "drift"]).default("drift"),
    severity: PartitionSeverity.default("fail"),
  }),
]);
export type Check = z.infer<typeof Check>;
export type CheckInput = z.input<typeof Check>;
export type CheckKind = Check["kind"];

/** Row checks can quarantine single rows; partition checks judge the whole partition. */
export const ROW_CHECKS = ["not_null", "unique", "range", "allowed_values", "regex", "reference"] as const;
export type RowCheck = Extract<Check, { kind: (typeof ROW_CHECKS)[number] }>;
export const isRowCheck = (check: Check): check is RowCheck => (ROW_CHECKS as readonly string[]).includes(check.kind);

export const Contract = strictObject({
  columns: z.array(Column).min(1).max(500),
  primaryKey: z.array(Identifier).min(1),
  /** Rows whose values do not convert to the column's type: set aside (default) or stop the promotion. */
  typeErrors: z.enum(["quarantine", "fail"]).default("quarantine"),
  checks: z.array(Check).max(200).default([]),
}).superRefine((contract, ctx) => {
  const names = new Set<string>();
  contract.columns.forEach((column, i) => {
    if (names.has(column.name))
      ctx.addIssue({ code: "custom", path: ["columns", i, "name"], message: `column ${column.name} appears twice` });
    names.add(column.name);
  });
  contract.primaryKey.forEach((name, i) => {
    if (!names.has(name))
      ctx.addIssue({ code: "custom", path: ["primaryKey", i], message: `${name} is not a column of the contract` });
  });
  const ids = new Set<string>();
  contract.checks.forEach((check, i) => {
    for (const [field, name] of columnsOf(check))
      if (!names.has(name))
        ctx.addIssue({
          code: "custom",
          path: ["checks", i, ...field],
          message: `${name} is not a column of the contract`,
        });
    const id = checkId(check);
    if (ids.has(id))
      ctx.addIssue({
        code: "custom",
        path: ["checks", i, "id"],
        message: `two checks are named ${id}; give one an id`,
      });
    ids.add(id);
    if (check.kind === "range" && check.min === undefined && check.max === undefined)
      ctx.addIssue({ code: "custom", path: ["checks", i], message: "a range check needs min, max or both" });
    if (check.kind === "range" && check.min !== undefined && check.max !== undefined && check.min > check.max)
      ctx.addIssue({ code: "custom", path: ["checks", i, "min"], message: "min is above max" });
    if (check.kind === "row_count" && check.min === undefined && check.max === undefined)
      ctx.addIssue({ code: "custom", path: ["checks", i], message: "a row_count check needs min, max or both" });
    if (check.kind === "regex" && !validRegex(check.pattern))
      ctx.addIssue({ code: "custom", path: ["checks", i, "pattern"], message: "not a valid regular expression" });
  });
});
export type Contract = z.infer<typeof Contract>;
export type ContractInput = z.input<typeof Contract>;

/** A check's name in reports and quarantine reasons: its id, or `<kind>_<column>`. */
export function checkId(check: Check): string {
  if (check.id) return check.id;
  if ("column" in check) return `${check.kind}_${check.column}`;
  if (check.kind === "unique") return `unique_${check.columns.join("_")}`;
  return check.kind;
}

function columnsOf(check: Check): [(string | number)[], string][] {
  if (check.kind === "unique") return check.columns.map((name, i) => [["columns", i], name]);
  if ("column" in check) return [[["column"], check.column]];
  return [];
}

function validRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * What changed between two contract versions, and whether readers of silver would break: a column
 * removed, renamed, retyped or made nullable, or a primary key changed. Adding a nullable column or
 * a check is not breaking.
 */
export function breakingChanges(before: Contract, after: Contract): string[] {
  const changes: string[] = [];
  const next = new Map(after.columns.map((c) => [c.name, c]));
  for (const column of before.columns) {
    const now = next.get(column.name);
    if (!now) changes.push(`column ${column.name} removed`);
    else if (now.type !== column.type) changes.push(`column ${column.name}: ${column.type} → ${now.type}`);
    else if (now.nullable && !column.nullable) changes.push(`column ${column.name} became nullable`);
  }
  const previous = new Set(before.columns.map((c) => c.name));
  for (const column of after.columns)
    if (!previous.has(column.name) && !column.nullable) changes.push(`column ${column.name} added as NOT NULL`);
  if (before.primaryKey.join(",") !== after.primaryKey.join(","))
    changes.push(`primary key ${before.primaryKey.join(",")} → ${after.primaryKey.join(",")}`);
  return changes;
}

/** One column's change between two contract versions, for a reviewer to read before saving. */
export interface ColumnChange {
  column: string;
  change: "added" | "removed" | "changed";
  before?: string;
  after?: string;
}

const describeColumn = (column: Contract["columns"][number]) =>
  `${column.type}${column.type === "decimal" ? `(${column.precision},${column.scale})` : ""}${column.nullable ? "" : " not null"}`;

/** Every column added, removed or changed (type, precision, nullability), in the new contract's order. */
export function columnChanges(before: Contract, after: Contract): ColumnChange[] {
  const previous = new Map(before.columns.map((c) => [c.name, c]));
  const next = new Set(after.columns.map((c) => c.name));
  const changes: ColumnChange[] = [];
  for (const column of after.columns) {
    const was = previous.get(column.name);
    if (!was) changes.push({ column: column.name, change: "added", after: describeColumn(column) });
    else if (describeColumn(was) !== describeColumn(column))
      changes.push({
        column: column.name,
        change: "changed",
        before: describeColumn(was),
        after: describeColumn(column),
      });
  }
  for (const column of before.columns)
    if (!next.has(column.name))
      changes.push({ column: column.name, change: "removed", before: describeColumn(column) });
  return changes;
}
