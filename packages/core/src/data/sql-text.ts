import { fail } from "../errors";

/**
 * The one rule for putting a value from outside (a column name from a landing file, a contract's
 * allowed value or pattern, a path) into SQL text that DuckDB or Athena parses. Values go as
 * prepared-statement parameters wherever the engine takes them (the DuckDB engine's file paths,
 * header columns and output paths); what remains is text both engines must read the same way:
 *
 *   quote   → a double-quoted identifier ("…", `"` doubled)   DuckDB, Trino (Athena DML)
 *   literal → a single-quoted string ('…', `'` doubled)        DuckDB, Trino, Hive DDL
 *   ddlName → a backquoted name (`…`, backquote doubled)       Hive DDL (Athena's CREATE/ALTER)
 *
 * Neither engine treats a backslash as an escape in these forms, so doubling the delimiter is the
 * whole escape. A NUL is refused: engines that hold statement text as a C string stop reading there,
 * so the rest of the statement would be lost (DuckDB then reports "unterminated quoted string").
 */
export const quote = (name: string) => `"${sqlText(name, "name").replaceAll('"', '""')}"`;
export const literal = (value: string) => `'${sqlText(value, "value").replaceAll("'", "''")}'`;
export const ddlName = (name: string) => `\`${sqlText(name, "name").replaceAll("`", "``")}\``;

function sqlText(text: string, what: string): string {
  const nul = text.indexOf("\u0000");
  if (nul >= 0)
    fail(
      "validation_failed",
      `a ${what} holds a NUL character (at ${nul + 1}), which SQL text cannot carry: ${JSON.stringify(text.slice(0, 40))}`,
    );
  return text;
}
