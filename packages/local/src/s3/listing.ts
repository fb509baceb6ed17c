import { createRequire } from "node:module";

/**
 * ListObjects (V1 and V2) as S3 answers it, in place of s3rver's: s3rver never looks beneath a
 * directory that a delimiter would fold, so `Delimiter=/` loses most common prefixes (`aws s3 ls
 * s3://bucket/` printed nothing), and it signs continuation tokens with DES, which OpenSSL 3 no
 * longer offers, so any truncated page answered 500. Its routing, authentication and XML stay.
 */
export interface ListedObject {
  key: string;
  size: number;
  lastModified: Date;
  etag: string;
}

export interface ListOptions {
  prefix: string;
  delimiter?: string | undefined;
  /** Keys (or folded prefixes) at or before this are skipped: start-after, a marker or a token. */
  after?: string | undefined;
  maxKeys: number;
}

export interface ListPage {
  objects: ListedObject[];
  commonPrefixes: string[];
  isTruncated: boolean;
  /** The last key or common prefix of the page: where the next page starts after. */
  last?: string;
}

/** One page in S3's order (UTF-8 byte order); keys and common prefixes both count towards maxKeys. */
export function listPage(all: readonly ListedObject[], options: ListOptions): ListPage {
  const sorted = [...all].sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  const page: ListPage = { objects: [], commonPrefixes: [], isTruncated: false };
  for (const object of sorted) {
    if (!object.key.startsWith(options.prefix)) continue;
    if (options.after !== undefined && object.key <= options.after) continue;
    const rest = object.key.slice(options.prefix.length);
    const cut = options.delimiter ? rest.indexOf(options.delimiter) : -1;
    const folded = cut === -1 ? undefined : options.prefix + rest.slice(0, cut + (options.delimiter?.length ?? 0));
    if (folded !== undefined && (folded === page.last || folded === options.after)) continue;
    if (page.objects.length + page.commonPrefixes.length >= options.maxKeys) {
      page.isTruncated = true;
      break;
    }
    if (folded === undefined) {
      page.objects.push(object);
      page.last = object.key;
    } else {
      page.commonPrefixes.push(folded);
      page.last = folded;
    }
  }
  return page;
}

interface S3rverContext {
  params: { bucket: string };
  query: Record<string, string | undefined>;
  body: unknown;
  app: {
    store: {
      listObjects(
        bucket: string,
        options: { prefix?: string },
      ): Promise<{ objects: { key: string; size: number; lastModifiedDate: Date; metadata: { etag: string } }[] }>;
    };
  };
}

class InvalidArgument extends Error {}

export function encodeToken(last: string): string {
  return Buffer.from(`plinth:${last}`).toString("base64");
}

function decodeToken(token: string): string {
  const text = Buffer.from(token, "base64").toString("utf8");
  if (!text.startsWith("plinth:")) throw new InvalidArgument("The continuation token provided is incorrect");
  return text.slice("plinth:".length);
}

/** s3rver's GET Bucket controller, answered by `listPage`. */
async function getBucket(ctx: S3rverContext): Promise<void> {
  const { query } = ctx;
  const v2 = query["list-type"] === "2";
  const prefix = query.prefix ?? "";
  const delimiter = query.delimiter || undefined;
  const requested = query["max-keys"] === undefined ? 1000 : Number(query["max-keys"]);
  if (!Number.isInteger(requested) || requested < 0) throw new InvalidArgument("Provided max-keys not an integer");
  const maxKeys = Math.min(requested, 1000);
  const after = v2
    ? query["continuation-token"]
      ? decodeToken(query["continuation-token"])
      : query["start-after"]
    : query.marker;
  const { objects } = await ctx.app.store.listObjects(ctx.params.bucket, prefix ? { prefix } : {});
  const page = listPage(
    objects.map((o) => ({ key: o.key, size: o.size, lastModified: o.lastModifiedDate, etag: o.metadata.etag })),
    { prefix, delimiter, after, maxKeys },
  );
  // With encoding-type=url (the AWS CLI asks for it) keys come back URL-encoded, as S3 does.
  const url = query["encoding-type"] === "url";
  const encode = (value: string) => (url ? encodeURIComponent(value).replaceAll("%2F", "/") : value);
  ctx.body = {
    ListBucketResult: {
      "@": { xmlns: "http://s3.amazonaws.com/doc/2006-03-01/" },
      Name: ctx.params.bucket,
      Prefix: encode(prefix),
      ...(v2
        ? {
            ...(query["start-after"] ? { StartAfter: encode(query["start-after"]) } : {}),
            ...(query["continuation-token"] ? { ContinuationToken: query["continuation-token"] } : {}),
            ...(page.isTruncated && page.last ? { NextContinuationToken: encodeToken(page.last) } : {}),
            KeyCount: page.objects.length + page.commonPrefixes.length,
          }
        : {
            Marker: encode(query.marker ?? ""),
            ...(page.isTruncated && delimiter && page.last ? { NextMarker: encode(page.last) } : {}),
          }),
      MaxKeys: requested,
      ...(delimiter ? { Delimiter: encode(delimiter) } : {}),
      ...(url ? { EncodingType: "url" } : {}),
      IsTruncated: page.isTruncated,
      Contents: page.objects.map((object) => ({
        Key: encode(object.key),
        LastModified: object.lastModified.toISOString(),
        ETag: object.etag,
        Size: object.size,
        StorageClass: "STANDARD",
      })),
      CommonPrefixes: page.commonPrefixes.map((common) => ({ Prefix: encode(common) })),
    },
  };
}

let installed = false;

/** Puts `getBucket` in place of s3rver's (its router looks the controller up on every request). */
export function installListing(): void {
  if (installed) return;
  const require = createRequire(import.meta.url);
  const controller = require("s3rver/lib/controllers/bucket") as { getBucket: (ctx: S3rverContext) => Promise<void> };
  const S3Error = require("s3rver/lib/models/error") as new (
    code: string,
    message: string,
    detail?: Record<string, unknown>,
  ) => Error;
  controller.getBucket = async (ctx) => {
    try {
      await getBucket(ctx);
    } catch (error) {
      if (error instanceof InvalidArgument) throw new S3Error("InvalidArgument", error.message);
      throw error;
    }
  };
  installed = true;
}
