import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { ListObjectsV2Command, PutObjectCommand, paginateListObjectsV2, S3Client } from "@aws-sdk/client-s3";
import { CreateStateMachineCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { useLocalCloud } from "./support/local-cloud";

// Where the local cloud must answer as AWS does (issue 14, items 13–17), through the real SDK clients.
const { cloud } = useLocalCloud("fid", { timeScale: 0.001 });
const hasAwsCli = spawnSync("aws", ["--version"]).status === 0;

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

async function until<T>(read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("never happened");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the local cloud behaves like AWS", () => {
  it("item 13: the events:putEvents integration takes Detail as a JSON object, as Step Functions does", async () => {
    const sfn = new SFNClient({});
    const marker = randomUUID();
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({
        name: `put-object-detail-${marker.slice(0, 8)}`,
        roleArn: "arn:aws:iam::000000000000:role/local",
        definition: JSON.stringify({
          StartAt: "Announce",
          States: {
            Announce: {
              Type: "Task",
              Resource: "arn:aws:states:::events:putEvents",
              Parameters: {
                Entries: [{ Source: "test.fidelity", DetailType: "Object Detail", "Detail.$": "$" }],
              },
              End: true,
            },
          },
        }),
      }),
    );
    await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ marker }) }));
    const archived = await until(() =>
      cloud().eventBridge.archive.find((a) => (a.event.detail as { marker?: string }).marker === marker),
    );
    expect(archived.event).toMatchObject({ source: "test.fidelity", "detail-type": "Object Detail" });
    sfn.destroy();
  });

  it("item 14: PutEvents refuses an aws.* source per entry, as AWS does; the control endpoint stands in", async () => {
    const events = new EventBridgeClient({});
    const answer = await events.send(
      new PutEventsCommand({
        Entries: [
          { Source: "aws.cloudwatch", DetailType: "CloudWatch Alarm State Change", Detail: "{}" },
          { Source: "plinth.test", DetailType: "Fine", Detail: "{}" },
        ],
      }),
    );
    expect(answer.FailedEntryCount).toBe(1);
    expect(answer.Entries?.[0]).toMatchObject({ ErrorCode: "NotAuthorizedForSourceException" });
    expect(answer.Entries?.[1]?.EventId).toEqual(expect.any(String));
    events.destroy();

    const injected = await fetch(`${cloud().cloudUrl}/_plinth/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ entries: [{ Source: "aws.health", DetailType: "AWS Health Event", Detail: "{}" }] }),
    });
    expect(injected.status).toBe(200);
    expect(((await injected.json()) as { FailedEntryCount: number }).FailedEntryCount).toBe(0);
    const custom = await fetch(`${cloud().cloudUrl}/_plinth/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ entries: [{ Source: "plinth.test", DetailType: "X", Detail: "{}" }] }),
    });
    expect(custom.status).toBe(400);
  });

  it("item 15: the local S3 folds common prefixes with a delimiter and pages with MaxKeys", async () => {
    const s3 = new S3Client({ forcePathStyle: true });
    const bucket = cloud().lakeBucket;
    const root = `fidelity-${randomUUID().slice(0, 6)}/`;
    const keys = ["a/1.csv", "a/2.csv", "b/c/3.csv", "top.txt", "z.txt"].map((k) => root + k);
    for (const Key of keys) await s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body: "x" }));

    const folded = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: root, Delimiter: "/" }));
    expect(folded.CommonPrefixes?.map((p) => p.Prefix)).toEqual([`${root}a/`, `${root}b/`]);
    expect(folded.Contents?.map((o) => o.Key)).toEqual([`${root}top.txt`, `${root}z.txt`]);

    const pages: string[][] = [];
    for await (const page of paginateListObjectsV2({ client: s3, pageSize: 2 }, { Bucket: bucket, Prefix: root }))
      pages.push((page.Contents ?? []).map((o) => String(o.Key)));
    expect(pages).toEqual([keys.slice(0, 2), keys.slice(2, 4), keys.slice(4)]);
    s3.destroy();

    if (hasAwsCli) {
      // Asynchronously: the local S3 answers from this very process.
      const listed = await run("aws", ["s3", "ls", `s3://${bucket}/${root}`], { ...process.env, ...cloud().env });
      expect(listed.status, listed.stderr).toBe(0);
      expect(listed.stdout).toMatch(/PRE a\/\n.*PRE b\/\n.*top\.txt\n.*z\.txt/s);
    }
  });

  it("item 16: the env file names the region for the AWS CLI too", () => {
    expect(cloud().env).toMatchObject({ AWS_REGION: "us-east-1", AWS_DEFAULT_REGION: "us-east-1" });
  });

  it("item 17: /_plinth/events pages the whole archive, filtered by source, detail-type and time", async () => {
    const events = new EventBridgeClient({});
    const source = `fidelity.${randomUUID().slice(0, 8)}`;
    for (let batch = 0; batch < 30; batch++) {
      await events.send(
        new PutEventsCommand({
          Entries: Array.from({ length: 10 }, (_, i) => ({
            Source: source,
            DetailType: i % 2 === 0 ? "Even" : "Odd",
            Detail: JSON.stringify({ n: batch * 10 + i }),
          })),
        }),
      );
    }
    events.destroy();
    const read = async (query: string) =>
      (await (await fetch(`${cloud().cloudUrl}/_plinth/events?${query}`)).json()) as {
        items: { event: { detail: { n: number } } }[];
        cursor?: string;
      };
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await read(`source=${source}&limit=120${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((item) => item.event.detail.n));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => 299 - i));
    const odd = await read(`source=${source}&detail-type=Odd&limit=1000`);
    expect(odd.items).toHaveLength(150);
    // Event times are the cloud's (scaled) clock: filter relative to what it stamped.
    const newest = (await read(`source=${source}&limit=1`)) as unknown as { items: { event: { time: string } }[] };
    const after = new Date(Date.parse(newest.items[0]?.event.time ?? "") + 1000).toISOString();
    expect((await read(`source=${source}&since=${after}`)).items).toEqual([]);
    const since = await read(`source=${source}&since=${newest.items[0]?.event.time}&limit=1000`);
    expect(since.items.length).toBeGreaterThanOrEqual(1);
  });
});
