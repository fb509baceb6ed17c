import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, smoke, table } from "./support";

/**
 * bench/pipelines.ts — creating pipelines (issue 28): the dry run's latency (render, actionlint, one
 * provisioning preview per environment), the time from `POST …/pipelines` to the open pull request
 * with every setup running at once (workflow time ×1000, so this is Plinth's and the local cloud's own
 * work, not waiting), and the GitHub REST calls one setup makes (GitHub allows an installation 5,000
 * an hour). Goals: dry run p95 < 250 ms; no more than 20 REST calls per setup.
 */
const pipelines = smoke ? 3 : 20;
const dryRuns = smoke ? 5 : 50;
const tags = { owner: "alice@example.com", "cost-center": "CC-1234" };

async function main(): Promise<void> {
  const cloud = await startLocalCloud({ stage: "benchpipe", logLevel: "SILENT", timeScale: 0.001 });
  const as = (user: string) => ({ authorization: `Bearer ${cloud.tokens[user]}`, "content-type": "application/json" });
  const send = async (method: string, path: string, user: string, body?: unknown) => {
    const response = await fetch(`${cloud.apiUrl}${path}`, {
      method,
      headers: as(user),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  try {
    cloud.github.install("acme");
    await send("PUT", "/v1/teams/payments/github/acme", "BOB");
    const ids = Array.from({ length: pipelines }, (_, i) => `bench-${String(i).padStart(3, "0")}`);
    for (const id of ids) {
      await cloud.github.createRepository(`acme/${id}`);
      await send("POST", "/v1/services", "ALICE", { id, repository: { provider: "github", owner: "acme", name: id } });
    }
    // dev only: staging and production roles wait for an approver (high risk outside dev), which is not what this measures.
    const body = { template: "node-lambda-sst", parameters: { environments: ["dev"] }, tags };

    const dry: number[] = [];
    for (let i = 0; i < dryRuns; i++) {
      const started = performance.now();
      await send("POST", `/v1/services/${ids[0]}/pipelines?dryRun=true`, "ALICE", body);
      dry.push(performance.now() - started);
    }
    dry.sort((a, b) => a - b);

    const callsBefore = cloud.github.restCalls;
    const started = performance.now();
    const created = await Promise.all(ids.map((id) => send("POST", `/v1/services/${id}/pipelines`, "ALICE", body)));
    const open: number[] = [];
    await Promise.all(
      created.map(async (pipeline, i) => {
        for (;;) {
          const current = await send("GET", `/v1/services/${ids[i]}/pipelines/${pipeline.id}`, "ALICE");
          if (current.status === "AWAITING_MERGE") break;
          if (current.status === "FAILED") throw new Error(`${pipeline.id} failed: ${JSON.stringify(current.failure)}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        open.push(performance.now() - started);
      }),
    );
    open.sort((a, b) => a - b);
    const calls = (cloud.github.restCalls - callsBefore) / pipelines;

    console.log(`\nbench/pipelines.ts — ${machine()}${smoke ? " (smoke)" : ""}`);
    console.log(
      table(
        ["measure", "n", "p50", "p95", "goal"],
        [
          [
            "dry run (render + actionlint + role preview), ms",
            dryRuns,
            percentile(dry, 0.5).toFixed(0),
            percentile(dry, 0.95).toFixed(0),
            "p95 < 250",
          ],
          [
            `create → pull request open, ${pipelines} at once, s`,
            pipelines,
            (percentile(open, 0.5) / 1000).toFixed(1),
            (percentile(open, 0.95) / 1000).toFixed(1),
            "—",
          ],
          ["GitHub REST calls per setup", pipelines, calls.toFixed(1), "", "≤ 20"],
        ],
      ),
    );
  } finally {
    await cloud.stop();
  }
}

await main();
