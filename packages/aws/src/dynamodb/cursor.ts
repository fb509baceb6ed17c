import { fail } from "@plinth/core";

/** Opaque page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded, checked on the way back. */
export function encodeCursor(lastEvaluatedKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastEvaluatedKey)).toString("base64url");
}

export function decodeCursor(cursor: string): Record<string, never> {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown;
    if (key && typeof key === "object" && "pk" in key && "gsi1pk" in key) return key as Record<string, never>;
  } catch {
    // fall through to the coded error
  }
  return fail("invalid_parameter", "the cursor is not one this API issued", [
    { field: "query.cursor", message: "pass the cursor of the previous page unchanged" },
  ]);
}
