import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  type _Object,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import type { Data } from "@plinth/core";

/**
 * The S3 client the lake uses: the SDK's defaults, configured by the standard settings only. The
 * local cloud's differences are settings too, not code: its endpoint is an IP address, for which
 * the SDK addresses buckets path-style by itself, and it sets `AWS_REQUEST_CHECKSUM_CALCULATION` /
 * `AWS_RESPONSE_CHECKSUM_VALIDATION` to `WHEN_REQUIRED` (s3rver would store the SDK's default
 * `aws-chunked` uploads verbatim, trailer included).
 */
export function lakeS3Client(config: S3ClientConfig = {}): S3Client {
  return new S3Client(config);
}

/** The lake on S3; build it with `lakeS3Client()`. */
export class S3LakeStorage implements Data.LakeStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  uri(key: string): string {
    return `s3://${this.bucket}/${key}`;
  }

  async list(prefix: string): Promise<Data.LakeObject[]> {
    const objects: Data.LakeObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      objects.push(...(page.Contents ?? []).map(lakeObject));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects.sort((a, b) => a.key.localeCompare(b.key));
  }

  async download(key: string, path: string): Promise<void> {
    const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!Body) throw new Error(`s3://${this.bucket}/${key} has no body`);
    await pipeline(Body as Readable, createWriteStream(path));
  }

  async upload(path: string, key: string): Promise<void> {
    const { size } = await stat(path);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(path), ContentLength: size }),
    );
  }

  async text(key: string): Promise<string | undefined> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return Body ? await Body.transformToString() : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  async removePrefix(prefix: string): Promise<number> {
    if (!prefix.endsWith("/")) throw new Error(`removePrefix wants a folder (ending in /), got ${prefix}`);
    const keys = (await this.list(prefix)).map((o) => o.key);
    for (let i = 0; i < keys.length; i += 1000) {
      await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
        }),
      );
    }
    return keys.length;
  }

  async put(key: string, body: string | Uint8Array): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
  }
}

function lakeObject(object: _Object): Data.LakeObject {
  return { key: object.Key ?? "", size: object.Size ?? 0, etag: (object.ETag ?? "").replaceAll('"', "") };
}
