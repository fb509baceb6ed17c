import { randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { BackgroundFailures } from "../background";
import { freePort } from "../ports";
import { installListing } from "./listing";

/**
 * S3 on loopback: `s3rver` (an S3-compatible server that keeps objects on disk), reached by the
 * real `@aws-sdk/client-s3` at `AWS_ENDPOINT_URL_S3` with path-style addressing.
 *
 * With EventBridge notifications turned on, S3 sends every created object to the account's default
 * bus as an *Object Created* event; rules pick what they want (the lake's rule: keys under
 * `lake/landing/`). `objectCreated` turns s3rver's notification records into exactly that event.
 */
export interface LocalS3Options {
  port?: number;
  /** Where objects are kept; a temporary folder (removed on stop) when left out. */
  directory?: string;
  buckets: string[];
  account: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Where a notification that could not be delivered is reported. */
  failures?: BackgroundFailures;
  /** Receives each Object Created event, in EventBridge's PutEvents entry shape. */
  onObjectCreated: (entry: ObjectCreatedEntry) => Promise<void> | void;
}

export interface ObjectCreatedEntry {
  Source: "aws.s3";
  DetailType: "Object Created";
  Resources: string[];
  Detail: string;
  Time: Date;
}

interface S3rverRecord {
  eventName: string;
  eventTime: string;
  requestParameters?: { sourceIPAddress?: string };
  responseElements?: Record<string, string>;
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
}

const REASONS: Record<string, string> = {
  "ObjectCreated:Put": "PutObject",
  "ObjectCreated:Post": "PostObject",
  "ObjectCreated:Copy": "CopyObject",
  "ObjectCreated:CompleteMultipartUpload": "CompleteMultipartUpload",
};

export function objectCreated(record: S3rverRecord, account: string): ObjectCreatedEntry | undefined {
  const reason = REASONS[record.eventName];
  if (!reason) return undefined;
  const { bucket, object } = record.s3;
  return {
    Source: "aws.s3",
    DetailType: "Object Created",
    Resources: [`arn:aws:s3:::${bucket.name}`],
    Time: new Date(record.eventTime),
    Detail: JSON.stringify({
      version: "0",
      bucket: { name: bucket.name },
      object: {
        key: object.key,
        size: object.size ?? 0,
        ...(object.eTag ? { etag: object.eTag } : {}),
        sequencer: object.sequencer ?? "",
      },
      "request-id": record.responseElements?.["x-amz-request-id"] ?? randomUUID(),
      requester: account,
      "source-ip-address": record.requestParameters?.sourceIPAddress ?? "127.0.0.1",
      reason,
    }),
  };
}

/**
 * s3rver verifies SigV4 signatures against its own key registry (only `S3RVER` is in it); the local
 * cloud's credentials are added so the SDK's signed requests pass as they would in AWS.
 */
function allowCredentials(accessKeyId: string, secretAccessKey: string): void {
  const accounts = createRequire(import.meta.url)("s3rver/lib/models/account") as {
    DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void };
  };
  accounts.DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
}

export async function startLocalS3(options: LocalS3Options): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  allowCredentials(options.credentials.accessKeyId, options.credentials.secretAccessKey);
  installListing();
  const temporary = options.directory === undefined;
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), "plinth-s3-"));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port || (await freePort()),
    directory,
    silent: true,
    // Path-style only: the SDK is configured for it, and `<bucket>.127.0.0.1` does not resolve.
    vhostBuckets: false,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [] })),
  });
  const pending = new Set<Promise<void>>();
  // s3rver is a Koa app and emits its notifications as `event` (its typings leave that out).
  (server as unknown as EventEmitter).on("event", (event: { Records: S3rverRecord[] }) => {
    for (const record of event.Records) {
      const entry = objectCreated(record, options.account);
      if (!entry) continue;
      const delivery = Promise.resolve(options.onObjectCreated(entry)).catch(
        (options.failures ?? new BackgroundFailures()).handler(`S3 notification for ${record.s3.object.key}`),
      );
      pending.add(delivery);
      void delivery.finally(() => pending.delete(delivery));
    }
  });
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: async () => {
      await Promise.all(pending);
      await server.close();
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A client of the local S3 for the local cloud's own use (stand-ins, tests): its endpoint, checksums only where required. */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}
