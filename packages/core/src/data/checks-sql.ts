import {
  type Check,
  type Column,
  type ColumnType,
  type Contract,
  checkId,
  DECIMAL_DEFAULTS,
  isRowCheck,
} from "./contract";
import { literal, quote } from "./sql-text";

/**
 * The SQL that types, cleanses, deduplicates and checks one partition, written once for both
 * engines: DuckDB (local and the task Lambda) and Athena (Trino) for partitions too big for a
 * Lambda. Only what both accept is generated: double-quoted identifiers, `TRY_CAST`, `concat_ws`,
 * window counts, `regexp_like` (the DuckDB adapter defines it as a macro over `regexp_matches`).
 * Tables are named, never paths: the engine binds `input` (the partition's files) and one
 * relation per referenced dataset before it runs these statements.
 *
 * One read of the input: `checkedSql` materialises every row once with its typed values and a
 * flag per row check; the silver rows, the quarantined rows and the report are then read from
 * that table. Typed: cleansed and cast, the raw value kept where a cast can lose it. Deduplicated:
 * exact copies (after cleansing) folded into one row that remembers how many there were.
 */

/** How the input is laid out: its columns and their types as the engine saw them. */
export interface InputColumn {
  name: string;
  /** The contract type it already has (Parquet), or `other` (e.g. VARCHAR from a CSV). */
  type: ColumnType | "other";
}

export interface CheckPlan {
  /** The table the engine fills from `checkedSql` and the other statements read. */
  checked: string;
  checkedSql: string;
  silverSql: string;
  quarantineSql: string;
  summarySql: string;
  /** Row checks in the order of the summary's `c<i>` columns. */
  rowChecks: PlannedCheck[];
  /** Partition checks, judged from the summary and the input's columns. */
  partitionChecks: Check[];
  /** `reference` checks: dataset → the relation the engine must bind. */
  references: Record<string, string>;
  /** Contract columns missing from the input (read as NULL) and input columns the contract does not know. */
  missingColumns: string[];
  extraColumns: string[];
}

export interface PlannedCheck {
  id: string;
  check: Check | { kind: "type"; column: string; severity: "quarantine" | "fail" };
  /** The SQL condition that is true for a failing row. */
  failing: string;
}

export const QUARANTINE_REASONS = "_plinth_reasons";

// Quoted wherever it is used: Athena (Trino) takes a name that starts with "_" only in double quotes.
const COPIES = quote("__copies");

export function sqlType(column: Pick<Column, "type" | "precision" | "scale">): string {
  switch (column.type) {
    case "string":
      return "VARCHAR";
    case "integer":
      return "INTEGER";
    case "bigint":
      return "BIGINT";
    case "decimal":
      return `DECIMAL(${column.precision ?? DECIMAL_DEFAULTS.precision}, ${column.scale ?? DECIMAL_DEFAULTS.scale})`;
    case "double":
      return "DOUBLE";
    case "boolean":
      return "BOOLEAN";
    case "date":
      return "DATE";
    case "timestamp":
      return "TIMESTAMP";
  }
}

/** The checks a contract implies: NOT NULL columns, and a primary key that is present and unique. */
export function effectiveChecks(contract: Contract): Check[] {
  const declared = new Set(contract.checks.map(checkId));
  const implied: Check[] = [];
  for (const column of contract.columns) {
    const notNull: Check = { kind: "not_null", column: column.name, severity: "quarantine" };
    if (!column.nullable && !declared.has(checkId(notNull))) implied.push(notNull);
  }
  const primaryKey: Check = {
    id: "primary_key",
    kind: "unique",
    columns: contract.primaryKey,
    severity: "quarantine",
  };
  if (!declared.has("primary_key")) implied.push(primaryKey);
  for (const name of contract.primaryKey) {
    const notNull: Check = { kind: "not_null", column: name, severity: "quarantine" };
    if (!declared.has(checkId(notNull)) && !implied.some((c) => checkId(c) === checkId(notNull))) implied.push(notNull);
  }
  return [...implied, ...contract.checks];
}

/** What an engine's dialect adds to the shared SQL. */
export interface PlanDialect {
  /**
   * A 64-bit hash of some columns (DuckDB: `hash(a, b)`): the repeated-key search then groups
   * integers instead of the key's text — on 1M string keys, 0.49 s → a fraction. A collision only
   * sends a few more rows through the exact fold, which groups by the real values, so results do
   * not change. Without it (Athena) the key itself is grouped.
   */
  keyHash?: (columns: string[]) => string;
}

export function planChecks(
  contract: Contract,
  input: readonly InputColumn[],
  checked = "checked",
  dialect: PlanDialect = {},
): CheckPlan {
  const present = new Map(input.map((c) => [c.name, c.type]));
  const missingColumns = contract.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
  const known = new Set(contract.columns.map((c) => c.name));
  const extraColumns = input.filter((c) => !known.has(c.name)).map((c) => c.name);
  const checks = effectiveChecks(contract);
  const byName = new Map(contract.columns.map((c) => [c.name, c]));

  // typed: cleansed and cast; the raw value is kept where a cast can lose it (for quarantine).
  const rowChecks: PlannedCheck[] = [];
  const typedColumns: string[] = [];
  const typedNames: string[] = [];
  const rawColumns = new Set<string>();
  for (const column of contract.columns) {
    const name = quote(column.name);
    typedNames.push(name);
    const arrived = present.get(column.name);
    if (arrived === undefined) {
      typedColumns.push(`CAST(NULL AS ${sqlType(column)}) AS ${name}`);
      continue;
    }
    const cleansed = column.type === "string" ? cleanse(name, column) : name;
    if (arrived === column.type) {
      typedColumns.push(`${cleansed} AS ${name}`);
      continue;
    }
    // Text is cleansed before it is cast; other types (a DECIMAL of another scale, a timestamp) cast as they are.
    const castable = (value: string) =>
      arrived !== "string" ? value : column.type === "string" ? cleanse(value, column) : `NULLIF(trim(${value}), '')`;
    const cast =
      arrived === "string"
        ? `TRY_CAST(${castable(name)} AS ${sqlType(column)})`
        : column.type === "string"
          ? cleanse(`CAST(${name} AS VARCHAR)`, column)
          : `TRY_CAST(${name} AS ${sqlType(column)})`;
    typedColumns.push(`${cast} AS ${name}`, `${name} AS ${quote(raw(column.name))}`);
    typedNames.push(quote(raw(column.name)));
    rawColumns.add(column.name);
    rowChecks.push({
      id: `type_${column.name}`,
      check: { kind: "type", column: column.name, severity: contract.typeErrors },
      // Judged on the cleansed value: a blank that cleansing turns into NULL is a NULL, not a type error.
      failing: `(${castable(quote(raw(column.name)))} IS NOT NULL AND ${name} IS NULL)`,
    });
  }
  const typed = `SELECT ${typedColumns.join(", ")} FROM input`;

  // Deduplication: exact copies share their primary key, so only rows whose key repeats are
  // grouped (a hash aggregate over a few rows, not over the partition); each keeps its count.
  const pk = contract.primaryKey.map(quote);
  const hashed = dialect.keyHash;
  const onKey = (table: string) =>
    hashed
      ? `${hashed(pk.map((k) => `typed.${k}`))} = ${table}.k0`
      : pk.map((k, i) => `typed.${k} = ${table}.k${i}`).join(" AND ");
  const deduplication = [
    hashed
      ? `repeated AS (SELECT ${hashed(pk)} AS k0 FROM typed GROUP BY 1 HAVING count(*) > 1)`
      : `repeated AS (SELECT ${pk.map((k, i) => `${k} AS k${i}`).join(", ")} FROM typed GROUP BY ${pk.join(", ")} HAVING count(*) > 1)`,
    `single AS (SELECT typed.*, 1 AS ${COPIES} FROM typed LEFT JOIN repeated ON ${onKey("repeated")} WHERE repeated.k0 IS NULL)`,
    `folded AS (SELECT ${typedNames.map((n) => `typed.${n}`).join(", ")}, count(*) AS ${COPIES} FROM typed JOIN repeated ON ${onKey("repeated")} GROUP BY ${typedNames.map((n) => `typed.${n}`).join(", ")})`,
    `deduplicated AS (SELECT * FROM single UNION ALL SELECT * FROM folded)`,
  ];

  // Joins: the duplicated keys of unique checks, the keys of referenced datasets.
  const duplicates: string[] = [];
  const joins: string[] = [];
  const references: Record<string, string> = {};
  for (const check of checks.filter(isRowCheck)) {
    const id = checkId(check);
    const index = rowChecks.length;
    switch (check.kind) {
      case "not_null":
        rowChecks.push({ id, check, failing: `${quote(check.column)} IS NULL` });
        break;
      case "unique": {
        // Keys seen more than once, joined back: a hash aggregate is cheaper than a window here.
        const name = `dup${index}`;
        const keys = check.columns.map(quote);
        // Rows whose primary key did not repeat in the input cannot repeat it now: look among the folded ones only.
        const source = check.columns.join(",") === contract.primaryKey.join(",") ? "folded" : "deduplicated";
        duplicates.push(
          `${name} AS (SELECT ${keys.map((k, i) => `${k} AS k${i}`).join(", ")} FROM ${source} GROUP BY ${keys.join(", ")} HAVING count(*) > 1)`,
        );
        joins.push(`LEFT JOIN ${name} ON ${keys.map((k, i) => `typed.${k} = ${name}.k${i}`).join(" AND ")}`);
        rowChecks.push({ id, check, failing: `${name}.k0 IS NOT NULL` });
        break;
      }
      case "range": {
        const bounds = [
          check.min === undefined ? undefined : `${quote(check.column)} < ${check.min}`,
          check.max === undefined ? undefined : `${quote(check.column)} > ${check.max}`,
        ].filter((b) => b !== undefined);
        rowChecks.push({ id, check, failing: `(${quote(check.column)} IS NOT NULL AND (${bounds.join(" OR ")}))` });
        break;
      }
      case "allowed_values": {
        const column = byName.get(check.column);
        const value = column?.type === "string" ? quote(check.column) : `CAST(${quote(check.column)} AS VARCHAR)`;
        rowChecks.push({
          id,
          check,
          failing: `(${quote(check.column)} IS NOT NULL AND ${value} NOT IN (${check.values.map(literal).join(", ")}))`,
        });
        break;
      }
      case "regex": {
        const column = byName.get(check.column);
        const value = column?.type === "string" ? quote(check.column) : `CAST(${quote(check.column)} AS VARCHAR)`;
        rowChecks.push({
          id,
          check,
          failing: `(${quote(check.column)} IS NOT NULL AND NOT regexp_like(${value}, ${literal(check.pattern)}))`,
        });
        break;
      }
      case "reference": {
        const relation = `ref_${check.dataset}`;
        references[check.dataset] = relation;
        const alias = `__ref${index}`;
        const column = byName.get(check.column);
        const key = column
          ? `TRY_CAST(${quote(check.referencedColumn)} AS ${sqlType(column)})`
          : quote(check.referencedColumn);
        joins.push(
          `LEFT JOIN (SELECT DISTINCT ${key} AS k FROM ${quote(relation)}) ${quote(alias)} ON typed.${quote(check.column)} = ${quote(alias)}.k`,
        );
        rowChecks.push({
          id,
          check,
          failing: `(typed.${quote(check.column)} IS NOT NULL AND ${quote(alias)}.k IS NULL)`,
        });
        break;
      }
    }
  }

  const columns = contract.columns.map((c) => `typed.${quote(c.name)}`);
  const raws = [...rawColumns].map((name) => `typed.${quote(raw(name))}`);
  const flags = rowChecks.map((planned, i) => `${planned.failing} AS ${quote(`__c${i}`)}`);
  const quarantining = rowChecks.filter((planned) => planned.check.severity === "quarantine");
  // The reasons text is built only for the rows set aside (a few), not for every row: the checked
  // table keeps the flags, and "quarantined" is any quarantining flag set (a NULL flag is not set).
  const reasons = quarantining.length
    ? `concat_ws(',', ${quarantining.map((planned) => `CASE WHEN ${quote(`__c${rowChecks.indexOf(planned)}`)} THEN ${literal(planned.id)} END`).join(", ")})`
    : "''";
  const quarantined = quarantining.length
    ? `(${quarantining.map((planned) => `coalesce(${quote(`__c${rowChecks.indexOf(planned)}`)}, false)`).join(" OR ")})`
    : "false";
  const checkedSql = [
    `WITH ${[`typed AS (${typed})`, ...deduplication, ...duplicates].join(",\n")}`,
    `SELECT ${[...columns, ...raws, `typed.${COPIES}`, ...flags].join(", ")}`,
    `FROM deduplicated AS typed${joins.length ? ` ${joins.join(" ")}` : ""}`,
  ].join("\n");

  const table = quote(checked);
  const contractColumns = contract.columns.map((c) => quote(c.name)).join(", ");
  const rawOrTyped = contract.columns
    .map((c) =>
      rawColumns.has(c.name)
        ? `CAST(${quote(raw(c.name))} AS VARCHAR) AS ${quote(c.name)}`
        : `CAST(${quote(c.name)} AS VARCHAR) AS ${quote(c.name)}`,
    )
    .join(", ");
  const partitionChecks = checks.filter((c) => !isRowCheck(c));
  const freshness = partitionChecks
    .map((check, i) => ({ check, i }))
    .filter(({ check }) => check.kind === "freshness")
    .map(({ check, i }) => `CAST(max(${quote((check as { column: string }).column)}) AS VARCHAR) AS ${quote(`f${i}`)}`);
  const summary = [
    "count(*) AS distinct_rows",
    `sum(${COPIES}) AS input_rows`,
    `sum(CASE WHEN ${quarantined} THEN 1 ELSE 0 END) AS quarantined`,
    ...rowChecks.map((_, i) => `sum(CASE WHEN ${quote(`__c${i}`)} THEN 1 ELSE 0 END) AS ${quote(`c${i}`)}`),
    ...freshness,
  ];
  return {
    checked,
    checkedSql,
    silverSql: `SELECT ${contractColumns} FROM ${table} WHERE NOT ${quarantined}`,
    quarantineSql: `SELECT ${rawOrTyped}, ${reasons} AS ${quote(QUARANTINE_REASONS)} FROM ${table} WHERE ${quarantined}`,
    summarySql: `SELECT ${summary.join(", ")} FROM ${table}`,
    rowChecks,
    partitionChecks,
    references,
    missingColumns,
    extraColumns,
  };
}

const raw = (name: string) => `__raw_${name}`;

function cleanse(value: string, column: Column): string {
  let out = column.trim ? `trim(${value})` : value;
  if (column.case === "lower") out = `lower(${out})`;
  if (column.case === "upper") out = `upper(${out})`;
  return column.emptyAsNull ? `NULLIF(${out}, '')` : out;
}
