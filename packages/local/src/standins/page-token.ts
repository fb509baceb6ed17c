import { createHash } from "node:crypto";

/**
 * Opaque page tokens bound to the query they page (as AWS's are): a token of another query — or one
 * made up — decodes to nothing, which the stand-in answers with its service's invalid-token error.
 */
export function queryFingerprint(query: unknown): string {
  return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
}

export function encodePageToken(query: string, offset: number): string {
  return Buffer.from(JSON.stringify({ query, offset })).toString("base64url");
}

export function decodePageToken(token: string, query: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as {
      query?: unknown;
      offset?: unknown;
    };
    return parsed.query === query && Number.isInteger(parsed.offset) && Number(parsed.offset) >= 0
      ? Number(parsed.offset)
      : undefined;
  } catch {
    return undefined;
  }
}
