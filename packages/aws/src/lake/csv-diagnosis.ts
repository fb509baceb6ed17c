import { createReadStream } from "node:fs";
import { fail } from "@plinth/core";

/**
 * Where a CSV file stops being RFC 4180 (a header row, comma-separated fields, `"`-quoted fields
 * with `""` for a quote inside): the first record whose field count differs from the header's, or a
 * quoted field never closed. DuckDB's own error names neither the line nor the file we read.
 */
export async function diagnoseCsv(path: string): Promise<string | undefined> {
  const row = await headerRow(path);
  const unusable = headerProblem(row.bytes, row.cut);
  if (unusable) return `line 1: ${unusable}`;
  let line = 1;
  let recordLine = 1;
  let fields = 1;
  let header: number | undefined;
  let inQuotes = false;
  let quoteClosed = false;
  let recordHasContent = false;
  const endRecord = (): string | undefined => {
    if (!recordHasContent && fields === 1) return undefined; // a blank line
    if (header === undefined) header = fields;
    else if (fields !== header)
      return `line ${recordLine}: ${fields} field${fields === 1 ? "" : "s"} where the header has ${header}`;
    return undefined;
  };
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    for (const char of chunk as string) {
      if (inQuotes) {
        if (char === '"') {
          inQuotes = false;
          quoteClosed = true;
        } else if (char === "\n") line++;
        continue;
      }
      if (char === '"') {
        if (quoteClosed) {
          // `""` inside a quoted field: an escaped quote, still inside.
          inQuotes = true;
          quoteClosed = false;
          continue;
        }
        inQuotes = true;
        recordHasContent = true;
        continue;
      }
      quoteClosed = false;
      if (char === ",") {
        fields++;
        recordHasContent = true;
      } else if (char === "\n") {
        const problem = endRecord();
        if (problem) return problem;
        line++;
        recordLine = line;
        fields = 1;
        recordHasContent = false;
      } else if (char !== "\r") recordHasContent = true;
    }
  }
  if (inQuotes) return `line ${recordLine}: a quoted field is never closed`;
  return endRecord();
}

/**
 * The header row's field names (RFC 4180 quoting), read from the first MiB; undefined for an empty
 * file. The reader is told these columns rather than sniffing: a sniffer that cannot make sense of
 * a ragged file answers zero rows instead of an error. A header that is not UTF-8 text, or holds a
 * control character, is `unreadable_input` (`diagnoseCsv` says where): such bytes are not column
 * names, and a NUL would end the statement text of an engine that reads C strings.
 */
export async function csvHeader(path: string): Promise<string[] | undefined> {
  const row = await headerRow(path);
  const problem = headerProblem(row.bytes, row.cut);
  if (problem) fail("unreadable_input", `line 1: ${problem}`);
  const text = new TextDecoder().decode(row.bytes, { stream: row.cut });
  const fields: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields.length === 1 && fields[0] === "" ? undefined : fields;
}

const HEADER_LIMIT = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The header row's bytes, without a byte-order mark or its line break: up to the first line break
 * outside quotes, within the first MiB (`cut` when it goes on past it, perhaps mid-character).
 */
async function headerRow(path: string): Promise<{ bytes: Buffer; cut: boolean }> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: HEADER_LIMIT - 1 })) chunks.push(chunk as Buffer);
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let inQuotes = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE)
      inQuotes = !inQuotes; // `""` inside quotes toggles twice: still inside
    else if (!inQuotes && (byte === LF || byte === CR)) return { bytes: bytes.subarray(0, i), cut: false };
  }
  return { bytes, cut: bytes.length === HEADER_LIMIT };
}

// C0 controls (tab, and line breaks inside quotes, included), DEL and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What makes a header row unusable as column names, or undefined when it is UTF-8 text without control characters. */
export function headerProblem(bytes: Uint8Array, cut = false): string | undefined {
  let text: string;
  try {
    // A row cut at the read limit may end inside a character: streaming holds those bytes back.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: cut });
  } catch {
    const at = new TextDecoder("utf-8").decode(bytes).indexOf("\uFFFD");
    return `the header row is not UTF-8 text (an invalid byte sequence at character ${at + 1}); is this a CSV file?`;
  }
  const control = controlCharacter(text);
  if (control)
    return `the header row holds a control character (${control.code}) at character ${control.at}; column names must be printable text`;
  return undefined;
}

/** The first control character in a column name or header, or undefined. */
export function controlCharacter(text: string): { code: string; at: number } | undefined {
  const found = CONTROL.exec(text);
  if (!found) return undefined;
  return { code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, at: found.index + 1 };
}
