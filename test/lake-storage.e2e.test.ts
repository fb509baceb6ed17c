import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventBridgeClient, TestEventPatternCommand } from "@aws-sdk/client-eventbridge";
import { lakeLandingPattern } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { lakeS3Client, S3LakeStorage } from "../packages/aws/src/s3/lake-storage";
import { useLocalCloud } from "./support/local-cloud";

// The lake through the real S3 client at AWS_ENDPOINT_URL_S3, and S3's EventBridge notifications.
const { cloud } = useLocalCloud("lake");
const lake = () => new S3LakeStorage(lakeS3Client(), cloud().lakeBucket);

async function until<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("never arrived");
}

describe("the lake on the local S3", () => {
  it("stores, lists and returns files through the same adapter as in AWS", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plinth-lake-"));
    writeFileSync(join(dir, "part-0.parquet"), "not really parquet");
    await lake().upload(join(dir, "part-0.parquet"), "lake/silver/orders/2026-11-01/v=1/part-0.parquet");
    await lake().put("lake/silver/orders/2026-11-01/v=1/_SUCCESS", "");
    const listed = await lake().list("lake/silver/orders/2026-11-01/");
    expect(listed.map((o) => [o.key, o.size])).toEqual([
      ["lake/silver/orders/2026-11-01/v=1/_SUCCESS", 0],
      ["lake/silver/orders/2026-11-01/v=1/part-0.parquet", 18],
    ]);
    await lake().download("lake/silver/orders/2026-11-01/v=1/part-0.parquet", join(dir, "copy"));
    expect(readFileSync(join(dir, "copy"), "utf8")).toBe("not really parquet");
  });

  it("turns a landed file into S3's Object Created event on the default bus, which the landing pattern matches", async () => {
    const key = "lake/landing/orders/2026-11-02/orders.csv";
    await lake().put(key, "order_id\nO-1\n");
    const archived = await until(() =>
      cloud().eventBridge.archive.find((a) => (a.event.detail as { object?: { key?: string } }).object?.key === key),
    );
    expect(archived.bus).toBe("default");
    expect(archived.event).toMatchObject({
      source: "aws.s3",
      "detail-type": "Object Created",
      resources: [`arn:aws:s3:::${cloud().lakeBucket}`],
      detail: {
        version: "0",
        bucket: { name: cloud().lakeBucket },
        object: { key, size: 13 },
        reason: "PutObject",
      },
    });
    const events = new EventBridgeClient({});
    const test = (bucket: string, objectKey: string) =>
      events.send(
        new TestEventPatternCommand({
          EventPattern: JSON.stringify(lakeLandingPattern(bucket)),
          Event: JSON.stringify({
            ...archived.event,
            detail: { ...(archived.event.detail as object), object: { key: objectKey } },
          }),
        }),
      );
    expect((await test(cloud().lakeBucket, key)).Result).toBe(true);
    expect((await test(cloud().lakeBucket, "lake/silver/orders/x.parquet")).Result).toBe(false);
    expect((await test("someone-elses-lake", key)).Result).toBe(false);
  });
});
