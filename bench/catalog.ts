import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, putRequestCopy, smoke, table } from "./support";

/**
 * bench/catalog.ts — the catalog's reads with many services (issue 27's goals: the team listing
 * p95 < 50 ms and the service page p95 < 100 ms locally, with the DynamoDB reads per call printed).
 * Services are registered through the API; the page's linked requests are copies of one real request
 * (made through the API) written straight to the table, as bench/insights.ts does.
 */
const services = smoke ? 100 : 1000;
const linked = 25;
const calls = smoke ? 5 : 50;

async function main(): Promise<void> {
  const cloud = await startLocalCloud({ stage: "benchcatalog", logLevel: "SILENT", timeScale: 0.001 });
  const headers = { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${cloud.apiUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  for (let i = 0; i < services; i += 20)
    await Promise.all(
      Array.from({ length: Math.min(20, services - i) }, (_, j) =>
        post("/v1/services", {
          id: `svc-${String(i + j).padStart(4, "0")}`,
          name: `Service ${i + j}`,
          tier: ((i + j) % 3) + 1,
        }),
      ),
    );
  // The page's service owns `linked` requests: one real one, the rest copies of it.
  const request = await post("/v1/provisioning-requests", {
    template: "sqs-queue",
    name: "bench",
    service: "svc-0000",
    ttlHours: 72,
    tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { Item } = await cloud.apiClients.dynamodb.send(
    new GetItemCommand({ TableName: cloud.tableName, Key: marshall({ pk: `PR#${request.id}`, sk: "META" }) }),
  );
  const original = unmarshall(Item ?? {});
  const record = JSON.parse(String(original.data)) as Record<string, unknown>;
  for (let i = 1; i < linked; i++) {
    const id = `pr-bench${String(i).padStart(12, "0")}`;
    const at = new Date(Date.now() - i * 60_000).toISOString();
    await putRequestCopy(cloud, { item: original, record }, { id, at, attributes: { ssk: `PR#${at}#${id}` } });
  }

  const measure = async (path: string) => {
    const latencies: number[] = [];
    let reads = 0;
    let items = 0;
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      const response = await fetch(`${cloud.apiUrl}${path}`, { headers });
      const body = (await response.json()) as { reads?: number; items?: unknown[]; resources?: { items: unknown[] } };
      latencies.push(performance.now() - started);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      reads = body.reads ?? 0;
      items = body.items?.length ?? body.resources?.items.length ?? 0;
    }
    latencies.sort((a, b) => a - b);
    return [path, items, reads, percentile(latencies, 0.5), percentile(latencies, 0.95)];
  };
  // A prefix near the end of the id order (svc-09… of 1,000; svc-009… of the smoke run's 100) and a
  // service with nothing linked from the middle.
  const late = `svc-${String(services - 100)
    .padStart(4, "0")
    .slice(0, 3)}`;
  const middle = `svc-${String(Math.floor(services / 2)).padStart(4, "0")}`;
  const rows = [
    await measure("/v1/services?team=payments"),
    await measure("/v1/services?team=payments&limit=100"),
    await measure(`/v1/services?team=payments&q=${late}`),
    await measure("/v1/services?team=payments&tier=1"),
    await measure("/v1/services/svc-0000/page"),
    await measure(`/v1/services/${middle}/page`),
  ];
  await cloud.stop();
  console.log(`\n## The service catalog with ${services} services in a team — ${machine()}`);
  console.log(
    `${calls} calls each through the local API; "reads" is what the answer reports (DynamoDB queries and gets; the page adds 3 per dataset). svc-0000 owns ${linked} requests; goals: listing p95 < 50 ms, page p95 < 100 ms.\n`,
  );
  console.log(table(["call", "items", "reads", "p50 ms", "p95 ms"], rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
