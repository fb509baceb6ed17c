import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliUser } from "./support/cli";
import { portalOption } from "./support/portal";
import { usePromotionCloud } from "./support/promotion";
import { fleetResource } from "./support/remediation";

// The built `plinth` binary, run as a child process from a folder outside the repository, against a
// local cloud (its portal host answers `auth login --as`). Exit codes are the documented ones.
const { cloud, call, poll, setup, land } = usePromotionCloud("cli", { portal: portalOption });
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
const tags = ["--tag", "owner=alice@example.com", "--tag", "cost-center=CC-1234"];

async function signedIn(...users: string[]) {
  const user = cliUser();
  for (const [index, who] of users.entries()) {
    const profile = index === 0 ? [] : ["--profile", who];
    const login = await user.plinth(["auth", "login", "--as", who, "--api-url", cloud().apiUrl, ...profile]);
    expect(login, login.stderr).toMatchObject({ code: 0 });
    expect(login.stdout).toContain(`as ${who}`);
  }
  return user;
}

describe("the plinth CLI, built and run as a user runs it", () => {
  it("logs in as a dev user, keeps the token 0600, and says who you are", async () => {
    const user = await signedIn("alice");
    expect(statSync(user.configFile).mode & 0o777).toBe(0o600);
    const status = await user.plinth(["auth", "status"]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/logged in as alice\n\s+teams\s+payments\n\s+roles\s+developer/);
    expect((await user.plinth(["auth", "logout"])).code).toBe(0);
    const after = await user.plinth(["auth", "status"]);
    expect(after.code).toBe(3);
    expect(after.stderr).toContain("not logged in");
  });

  it("dry-runs then creates with --wait, printing each step, and destroys with --yes", async () => {
    const user = await signedIn("alice");
    const name = unique("orders");
    const args = [
      "request",
      "create",
      "sqs-queue",
      "--name",
      name,
      "--ttl",
      "72h",
      ...tags,
      "--set",
      "maxReceiveCount=3",
    ];
    const dry = await user.plinth([...args, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`plinth-${cloud().stage}-payments-dev-${name}`);
    expect(dry.stdout).toMatch(/DeadLetterQueue\s+AWS::SQS::Queue/);
    expect(dry.stdout).toMatch(/required-tags\s+pass/);
    expect(dry.stdout).toContain("no approval needed");
    const listed = await call("GET", "/v1/provisioning-requests?team=payments&limit=100", "ALICE");
    expect(listed.body.items.some((r: { name: string }) => r.name === name)).toBe(false);

    const created = await user.plinth([...args, "--wait"]);
    expect(created, created.stderr).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(/\+\d+\.\ds\s+validate → VALIDATING/);
    expect(created.stdout).toMatch(/plan → PLANNED\s+change set: Add 2/);
    expect(created.stdout).toMatch(/outputs → SUCCEEDED/);
    expect(created.stdout).toMatch(
      new RegExp(
        `QueueUrl\\s+https://sqs.us-east-1.amazonaws.com/000000000000/plinth-${cloud().stage}-payments-dev-${name}`,
      ),
    );
    const id = /created (pr-[0-9a-f]{20})/.exec(created.stdout)?.[1] as string;

    const json = await user.plinth(["request", "view", id, "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ id, status: "SUCCEEDED", name });
    const destroyed = await user.plinth(["request", "destroy", id, "--yes", "--wait"]);
    expect(destroyed, destroyed.stderr).toMatchObject({ code: 0 });
    expect(destroyed.stdout).toContain("DESTROYED");
  });

  it("a production request waits; another user's profile approves it; the requester follows it to the end", async () => {
    const user = await signedIn("alice", "bob");
    const name = unique("ledger");
    const created = await user.plinth([
      "request",
      "create",
      "s3-bucket",
      "--name",
      name,
      "--env",
      "production",
      ...tags,
      "--json",
    ]);
    expect(created.code).toBe(0);
    const id = JSON.parse(created.stdout).id as string;
    await poll(`/v1/provisioning-requests/${id}`, (r) => r.status === "AWAITING_APPROVAL");
    const timedOut = await user.plinth(["request", "watch", id, "--timeout", "1s"]);
    expect(timedOut.code).toBe(1);
    expect(timedOut.stderr).toContain(`follow it: plinth request watch ${id}`);
    // Ctrl-C stops following, never the work, and says how to resume.
    const interrupted = await user.interrupt(["request", "watch", id]);
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain(`goes on. Resume with: plinth request watch ${id}`);
    expect((await call("GET", `/v1/provisioning-requests/${id}`, "ALICE")).body.status).toBe("AWAITING_APPROVAL");

    const self = await user.plinth(["request", "approve", id]);
    expect(self.code).toBe(3);
    expect(self.stderr).toMatch(/403 (forbidden|self_approval)/);
    const approved = await user.plinth(["request", "approve", id, "--profile", "bob", "--comment", "ok for prod"]);
    expect(approved, approved.stderr).toMatchObject({ code: 0 });
    expect(approved.stdout).toContain(`approved ${id}`);
    const followed = await user.plinth(["request", "watch", id]);
    expect(followed.code).toBe(0);
    expect(followed.stdout).toMatch(/approval → APPLYING|apply → APPLYING/);
    // Approving again is a conflict: the request is no longer waiting (5).
    const again = await user.plinth(["request", "approve", id, "--profile", "bob"]);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/^plinth: 409 conflict: /);
  });

  it("a CloudFormation failure exits 1 naming the resource; retry --wait succeeds", async () => {
    const user = await signedIn("alice");
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ failResource: { match: "DeadLetterQueue", times: 1 } }),
    });
    const failed = await user.plinth([
      "request",
      "create",
      "sqs-queue",
      "--name",
      unique("flaky"),
      "--ttl",
      "24h",
      ...tags,
      "--wait",
    ]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/failed at \w+: .*DeadLetterQueue/);
    const id = /created (pr-[0-9a-f]{20})/.exec(failed.stdout)?.[1] as string;
    const retried = await user.plinth(["request", "retry", id, "--wait"]);
    expect(retried, retried.stderr).toMatchObject({ code: 0 });
    expect(retried.stdout).toContain("SUCCEEDED");
  });

  it("promotes a dataset with --wait and --json, and shows the quality report as a table", async () => {
    const { id } = await setup();
    await land(id, "2026-11-03", 300);
    const user = await signedIn("alice");
    const promoted = await user.plinth([
      "dataset",
      "promote",
      id,
      "--to",
      "gold",
      "--partition",
      "2026-11-03",
      "--wait",
      "--json",
    ]);
    expect(promoted, promoted.stderr).toMatchObject({ code: 0 });
    const run = JSON.parse(promoted.stdout);
    expect(run).toMatchObject({ dataset: id, to: "gold", status: "SUCCEEDED", partitions: ["2026-11-03"] });
    expect(promoted.stderr).toMatch(/2026-11-03\s+SUCCEEDED\s+v1/);
    const versions = await user.plinth(["dataset", "versions", id, "--partition", "2026-11-03"]);
    expect(versions.stdout).toMatch(/CHECK\s+KIND\s+SEVERITY\s+STATUS\s+ROWS/);
    expect(versions.stdout).toMatch(/quality passed: 300 rows in/);
  });

  it("shows a team's insights as text and as the API's JSON", async () => {
    const user = await signedIn("alice");
    const text = await user.plinth(["insights", "--team", "payments", "--days", "7"]);
    expect(text, text.stderr).toMatchObject({ code: 0 });
    expect(text.stdout).toMatch(/Insights for payments/);
    expect(text.stdout).toMatch(/budget\s+\$[\d.,]+\/month committed of \$1,?000/);
    expect(text.stdout).toMatch(/read \d+ items in \d+ queries/);
    const json = await user.plinth(["insights", "--team", "payments", "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ team: "payments", cost: { truncated: false } });
    const bad = await user.plinth(["insights", "--days", "-1"]);
    expect(bad.code).toBe(2);
  });

  it("an approver approves a remediation from the CLI", async () => {
    const { key, alarms } = fleetResource(
      cloud(),
      { type: "ec2-instance", id: `i-0${randomUUID().replaceAll("-", "").slice(0, 16)}`, tags: { team: "payments" } },
      ["StatusCheckFailed_Instance"],
    );
    const user = await signedIn("bob");
    cloud().fleet.break(key, "status-check-failed");
    const listed = await poll(
      `/v1/incidents?team=payments&alarm=${encodeURIComponent(alarms[0] as string)}`,
      (body) => body?.items?.[0]?.status === "AWAITING_APPROVAL",
    );
    const approved = await user.plinth(["incident", "approve", listed.items[0].id, "--comment", "reboot it"]);
    expect(approved, approved.stderr).toMatchObject({ code: 0 });
    expect(approved.stdout).toMatch(/^approve: inc-\S+ is [A-Z_]+$/m);
    const resolved = await poll(`/v1/incidents/${listed.items[0].id}`, (incident) => incident.status === "RESOLVED");
    expect(resolved.approval).toMatchObject({ decision: "approved", decidedBy: "bob", comment: "reboot it" });
  });

  it("answers each documented exit code: 2 usage, 3 permission, 4 not found, 6 unreachable", async () => {
    const user = await signedIn("carol");
    const usage = await user.plinth(["request", "list", "--bogus"]);
    expect(usage.code).toBe(2);
    const forbidden = await user.plinth(["request", "create", "sqs-queue", "--name", "nope", "--ttl", "1h", ...tags]);
    expect(forbidden.code).toBe(3);
    expect(forbidden.stderr).toMatch(/^plinth: 403 forbidden: /m);
    const missing = await user.plinth(["request", "view", "pr-00000000000000000000", "--verbose"]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/^correlation id: \S+$/m);
    const invalid = await user.plinth([
      "request",
      "create",
      "sqs-queue",
      "--name",
      "x",
      "--env",
      "dev",
      "--set",
      "maxReceiveCount=0",
      "--ttl",
      "1h",
      ...tags,
      "--dry-run",
    ]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^plinth: 422 validation_failed: body\.parameters\.maxReceiveCount: /m);
    const down = await user.plinth(["template", "list", "--api-url", "http://127.0.0.1:9"]);
    expect(down.code).toBe(6);
    expect(down.stderr).toContain("http://127.0.0.1:9");
    expect(down.stderr).toContain("npm start");
    // Help is offline.
    const help = await user.plinth(["request", "create", "--help", "--api-url", "http://127.0.0.1:9"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Example:");
    expect((await user.plinth(["--version"])).stdout.trim()).toBe("0.1.0");
  });
});
