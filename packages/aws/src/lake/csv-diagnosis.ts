import { createReadStream } from "node:fs";

/**
 * Where a CSV file stops being RFC 4180 (a header row, comma-separated fields, `"`-quoted fields
 * with `""` for a quote inside): the first record whose field count differs from the header's, or a
 * quoted field never closed. DuckDB's own error names neither the line nor the file we read.
 */
export async function diagnoseCsv(path: string): Promise<string | undefined> {
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
 * a ragged file answers zero rows instead of an error.
 */
export async function csvHeader(path: string): Promise<string[] | undefined> {
  const stream = createReadStream(path, { encoding: "utf8", start: 0, end: (1 << 20) - 1 });
  let text = "";
  for await (const chunk of stream) text += chunk as string;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
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
    } else if (char === "\n" || char === "\r") {
      break;
    } else field += char;
  }
  fields.push(field);
  return fields.length === 1 && fields[0] === "" ? undefined : fields;
}
