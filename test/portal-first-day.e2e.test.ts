import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { portalOption, useBrowser } from "./support/portal";
import { usePromotionCloud } from "./support/promotion";

// What a new user met on a first day in the portal (issue 32, item 5): each a journey in real
// Chromium against a real local cloud, failing before its fix. Time runs 100× fast.
const { cloud, call, poll, setup, land } = usePromotionCloud("pfd", { timeScale: 0.01, portal: portalOption });
const { url, openAs, expectAccessible } = useBrowser(() => cloud().apiUrl);

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
const queueBody = (name: string, environment = "dev") => ({
  template: "sqs-queue",
  name,
  environment,
  region: "us-east-1",
  parameters: {},
  tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  ...(environment === "production" ? {} : { ttlHours: 72 }),
});

/** Every API call the page makes to `path` from now on, counted. */
function countCalls(page: Page, path: string) {
  const calls: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === path) calls.push(request.url());
  });
  return calls;
}

describe("the portal on a new user's first day (issue 32)", () => {
  it("another team's request: a heading, what happened, a way back — and no polling", async () => {
    const created = await call("POST", "/v1/provisioning-requests", "ALICE", queueBody(unique("orders")));
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    const page = await openAs(/Dan Sears/);
    // Timers run only when the test says so: what polls would poll within the minute run below.
    await page.clock.install();
    const calls = countCalls(page, `/v1/provisioning-requests/${id}`);
    await page.goto(url(`/requests/${id}`));
    await page.getByRole("heading", { name: "Provisioning request not found" }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain(
      `There is no provisioning request ${id} that you can see`,
    );
    await page.clock.runFor(60_000);
    expect(calls).toHaveLength(1);
    await expectAccessible(page);
    await page.getByRole("link", { name: "← All requests" }).click();
    await page.getByRole("heading", { name: "Requests and resources" }).waitFor();
  });

  it("ages run on the API's clock: under a scaled clock a request a moment old reads minutes, not 0s", async () => {
    const name = unique("aged");
    expect((await call("POST", "/v1/provisioning-requests", "ALICE", queueBody(name))).status).toBe(202);
    const page = await openAs(/Alice Payne/, "/requests");
    const row = page.getByRole("row", { name: new RegExp(name) });
    await row.waitFor();
    // 100× fast: a real second is 100 s of the API's time. The browser's own clock would say "1s ago".
    await expect.poll(async () => await row.textContent(), { timeout: 15_000 }).toMatch(/\d+ min ago/);
  });

  it("contract column types: precision and scale only on decimals", async () => {
    const { id } = await setup();
    const dataset = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body;
    const columns = dataset.contract.columns as { name: string; type: string; precision?: number }[];
    expect(columns.filter((c) => c.type !== "decimal" && c.precision !== undefined)).toEqual([]);
    expect(columns.find((c) => c.name === "amount")).toMatchObject({ type: "decimal", precision: 12, scale: 2 });
    const page = await openAs(/Alice Payne/, `/datasets/${id}`);
    const contract = page.getByRole("table", { name: /Contract/ });
    await contract.waitFor();
    expect(await contract.getByRole("row", { name: /^order_id/ }).textContent()).toMatch(
      /^order_id\s*key\s*string(no|yes)/,
    );
    expect(await contract.textContent()).not.toMatch(/(string|date|timestamp)\(18,2\)/);
    expect(await contract.getByRole("row", { name: /^amount/ }).textContent()).toContain("decimal(12,2)");
  });

  it("the request form starts from the defaults, and says next to Request why it cannot be sent yet", async () => {
    const defaults = await call("POST", "/v1/provisioning-requests?dryRun=true", "ALICE", queueBody("preview"));
    const page = await openAs(/Alice Payne/, "/catalog/sqs-queue");
    const visibility = page.getByLabel(/Visibility timeout/);
    await visibility.waitFor();
    expect(await visibility.inputValue()).toBe("");
    expect(await visibility.getAttribute("placeholder")).toBe("30");

    const request = page.getByRole("button", { name: /^Request/ });
    const blockers = page.getByRole("status").filter({ hasText: "Before you can request" });
    await blockers.getByText("give it a name").waitFor();
    expect(await request.isDisabled()).toBe(true);
    expect(await request.getAttribute("aria-describedby")).toBe(await blockers.getAttribute("id"));
    await page.getByLabel("Name", { exact: true }).fill(unique("first"));
    await blockers.getByText(/required-tags: .*cost-center/).waitFor();
    expect(await blockers.textContent()).not.toContain("give it a name");
    expect(await request.isDisabled()).toBe(true);
    expect(await page.getByLabel("Cost center").getAttribute("placeholder")).toBe("e.g. CC-1234");
    await expectAccessible(page);

    await page.getByLabel("Cost center").fill("CC-1234");
    await blockers.waitFor({ state: "detached" });
    expect(await request.isEnabled()).toBe(true);
    // The first plan a user sees is the defaults' plan.
    const monthly = `$${(defaults.body.cost.monthlyUsd as number).toFixed(2)}`;
    await page.getByRole("region", { name: "Plan preview" }).getByText(monthly).first().waitFor();
  });

  it("approving from the inbox: the dialog names the request, the card leaves at once, the timeline reads right", async () => {
    const name = unique("prod-queue");
    const created = await call("POST", "/v1/provisioning-requests", "ALICE", queueBody(name, "production"));
    const id = created.body.id as string;
    await poll(`/v1/provisioning-requests/${id}`, (r) => r.status === "AWAITING_APPROVAL", "ALICE");

    const bob = await openAs(/Bob Price/);
    await bob.clock.install(); // the inbox's own polling stands still: only the approval may remove the card
    await bob.goto(url("/approvals"));
    const card = bob.getByRole("listitem").filter({ has: bob.getByRole("link", { name }) });
    await card.waitFor();
    await card.getByRole("button", { name: /^Approve plan/ }).click();
    const dialog = bob.getByRole("dialog");
    const question = await dialog.locator("p").first().textContent();
    expect(question).toContain(`Approve ${name} (sqs-queue in production for payments, requested by alice)`);
    await expectAccessible(bob);
    await dialog.getByRole("button", { name: /^Approve plan/ }).click();
    await card.waitFor({ state: "detached" });
    expect(await bob.getByText("Nothing is waiting for an approval.").count()).toBeLessThanOrEqual(1);

    await poll(`/v1/provisioning-requests/${id}`, (r) => r.status === "SUCCEEDED", "ALICE", 30_000);
    const alice = await openAs(/Alice Payne/, `/requests/${id}`);
    const approval = alice.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({
      hasText: "approved plan",
    });
    await approval.waitFor();
    const text = (await approval.textContent()) ?? "";
    expect(text).toMatch(/^approval\d/);
    expect(text).not.toContain("awaiting approval");
    expect(text).toContain("— bob");
  });

  it("the quality report says why a check over the whole partition warned, instead of a 0-row bar", async () => {
    const { id } = await setup();
    const day = "2026-11-03";
    await land(id, day, 50);
    const page = await openAs(/Alice Payne/, `/datasets/${id}?partition=${day}`);
    const report = page.getByRole("figure");
    await report.waitFor();
    expect(await report.getByText(/freshness_updated_at \(warned\)/).count()).toBe(0);
    const partitionChecks = page.getByRole("list", { name: "Checks over the whole partition" });
    const freshness = partitionChecks.getByRole("listitem").filter({ hasText: "freshness_updated_at" });
    expect(await freshness.textContent()).toMatch(/freshness_updated_at\s*warned\s*\S+/);
    const detail = (
      await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=${day}`, "ALICE")
    ).body.items[0].report.checks.find((c: { id: string }) => c.id === "freshness_updated_at").detail as string;
    expect(await freshness.textContent()).toContain(detail);
    await expectAccessible(page);
  });

  it("the Promote form follows the partition chosen on the page", async () => {
    const { id } = await setup();
    await land(id, "2026-11-04", 20);
    await land(id, "2026-11-05", 20);
    const page = await openAs(/Alice Payne/, `/datasets/${id}`);
    const promote = page.getByRole("region", { name: "Promote" });
    const partition = promote.getByRole("combobox", { name: /Partition/ });
    await partition.waitFor();
    expect(await partition.inputValue()).toBe("2026-11-05");
    await page.getByRole("button", { name: "2026-11-04", exact: true }).click();
    await expect.poll(() => partition.inputValue()).toBe("2026-11-04");
  });

  it("repeated incidents of one alarm can be told apart in the list", async () => {
    const alarm = unique("checkout-p99");
    cloud().cloudWatch.putMetricAlarm({
      AlarmName: alarm,
      Namespace: "Custom/Checkout",
      MetricName: "LatencyP99",
      Dimensions: [{ Name: "Endpoint", Value: "/pay" }],
      Threshold: 800,
    });
    const alarmed = () =>
      cloud().cloudWatch.control({
        setAlarmState: { AlarmName: alarm, StateValue: "ALARM", StateReason: "Threshold Crossed: p99 above 800 ms" },
      });
    const incidents = (count: number) =>
      poll(
        `/v1/incidents?team=unowned&alarm=${encodeURIComponent(alarm)}`,
        (body) =>
          body?.items?.length === count && body.items.every((i: { status: string }) => i.status === "ESCALATED"),
      );
    alarmed();
    const first = (await incidents(1)).items[0];
    const resolved = await call("POST", `/v1/incidents/${first.id}/resolve`, "ROOT", { comment: "fixed by hand" });
    expect(resolved.status).toBe(200);
    cloud().cloudWatch.control({ setAlarmState: { AlarmName: alarm, StateValue: "OK", StateReason: "recovered" } });
    alarmed();
    await poll(`/v1/incidents?team=unowned&alarm=${encodeURIComponent(alarm)}`, (body) => body?.items?.length === 2);

    const page = await openAs(/Rita Root/, "/incidents?team=unowned");
    const links = page.getByRole("link", { name: new RegExp(`^${alarm} · opened`) });
    await expect.poll(() => links.count()).toBe(2);
    const names = await links.allTextContents();
    expect(new Set(names).size).toBe(2);
  });

  it("the header stays on one line at 1280 px for a user with two roles", async () => {
    const page = await openAs(/Alice Payne/);
    const token = await cloud().identity.sign({
      sub: "alice",
      name: "Alice Payne",
      teams: ["payments", "search"],
      roles: ["developer", "approver"],
    });
    await page.evaluate((value) => {
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
        "plinth.session",
        value,
      );
    }, token);
    await page.reload();
    const header = page.locator("header.top");
    await header.getByText(/developer, approver/).waitFor();
    const tops = await header.evaluate((element) =>
      Array.from(
        (element as unknown as { children: ArrayLike<{ getBoundingClientRect(): { top: number } }> }).children,
      ).map((child) => Math.round(child.getBoundingClientRect().top)),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(12);
    // …with the teams and roles shown whole, not cut short.
    const roles = header.getByText("payments, search · developer, approver");
    expect(
      await roles.evaluate((element) => {
        const box = element as unknown as { scrollWidth: number; clientWidth: number };
        return box.scrollWidth <= box.clientWidth;
      }),
    ).toBe(true);
    await expectAccessible(page);
  });
});
