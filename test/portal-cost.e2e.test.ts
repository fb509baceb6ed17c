import { describe, expect, it } from "vitest";
import { useLocalCloud } from "./support/local-cloud";
import { portalOption, useBrowser } from "./support/portal";

/**
 * The Cost page in Chromium: a busy production queue lives a week of workflow time (a day passes in
 * 1.7 s), Cost Explorer is read once (the workflow, started by the test: schedules are off), and
 * the page draws the measured days against the estimate and the budget, with the numbers in a
 * table, the request's drift, and the banner a team heading over its budget sees.
 */
const DAY = 86_400_000;
const { cloud, call, poll } = useLocalCloud("pcost", {
  timeScale: 2e-5,
  startTime: new Date("2026-11-03T06:00:00Z"),
  schedulesDisabled: true,
  portal: portalOption,
});
const { openAs, expectAccessible } = useBrowser(() => cloud().apiUrl);

const productionQueue = async (name: string) => {
  const created = await call("POST", "/v1/provisioning-requests", "ALICE", {
    template: "sqs-queue",
    name,
    environment: "production",
    tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  });
  expect(created.status).toBe(202);
  const id = String(created.body.id);
  const waiting = await poll(`/v1/provisioning-requests/${id}`, (b) => b?.status === "AWAITING_APPROVAL");
  await call("POST", `/v1/provisioning-requests/${id}/approve`, "BOB", { planHash: waiting.plan.hash });
  await poll(`/v1/provisioning-requests/${id}`, (b) => b?.status === "SUCCEEDED");
  return id;
};
let idle: string;

describe("the Cost page", () => {
  it("charts measured spend by day against the estimate, lists the drift, and warns of the budget", {
    timeout: 90_000,
  }, async () => {
    const id = await productionQueue("clicks");
    // Nobody sends to this one: the recommendation journey below finds it idle.
    idle = await productionQueue("archive");
    // $8 an hour of SQS requests: within the week the month passes its $1,000 budget.
    await fetch(`${cloud().cloudUrl}/_plinth/usage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ request: id, requestsPerHour: 20_000_000 }),
    });
    const until = cloud().clock.now().getTime() + 7 * DAY;
    await poll("/v1/me", () => cloud().clock.now().getTime() > until, "ALICE", 60_000);
    expect((await cloud().runWorkflow("CostIngestion", {})).status).toBe("SUCCEEDED");

    const page = await openAs(/Alice Payne/, "/cost");
    await page.getByRole("heading", { name: "Cost", exact: true }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /(has spent|is forecast to spend) \$[\d,.]+ in 2026-11/ })
      .waitFor();
    const bars = page.locator("svg rect.cost-bar");
    expect(await bars.count()).toBeGreaterThanOrEqual(6);
    // The numbers on hover (each column's title) and in the table, for screen readers and everyone.
    expect(await bars.first().locator("title").textContent()).toMatch(
      /^\d{4}-\d\d-\d\d: \$[\d,.]+ measured, \$[\d,.]+ estimated/,
    );
    await page.getByText("The numbers by day").click();
    expect(await page.locator("figure.cost-chart tbody tr").count()).toBe(await bars.count());
    const row = page.getByRole("row", { name: /clicks/ });
    await row.getByText(/^drift/).waitFor();
    await expectAccessible(page);

    // The request's link leads to it; the catalog shows the same banner where resources are added.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }).click();
    await page.getByRole("status").filter({ hasText: "monthly budget" }).waitFor();
  });

  it("lists an idle queue with its evidence; Apply lands on the request, where another approver approves the destroy", {
    timeout: 90_000,
  }, async () => {
    const until = cloud().clock.now().getTime() + 8.5 * DAY;
    await poll("/v1/me", () => cloud().clock.now().getTime() > until, "ALICE", 60_000);
    expect((await cloud().runWorkflow("ResourceRecommendations", {})).status).toBe("SUCCEEDED");

    const page = await openAs(/Alice Payne/, "/cost");
    await page.getByRole("link", { name: /1 idle resource: \$[\d.]+ a month to save/ }).click();
    await page.getByRole("heading", { name: "Recommendations", exact: true }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /a month to save across 1 open recommendation/ })
      .waitFor();
    const card = page.getByRole("article", { name: /archive/ });
    await card.getByText(/no messages sent or received for 14 days .*Removing it saves/).waitFor();
    const evidence = card.getByRole("table", { name: /Evidence: CloudWatch/ });
    expect(await evidence.getByRole("row", { name: /NumberOfMessagesSent Sum 0 0/ }).count()).toBe(1);
    await expectAccessible(page);

    await card.getByRole("button", { name: `Apply: destroy ${idle}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ask to destroy it" }).click();
    await page.waitForURL(new RegExp(`/requests/${idle}$`));
    await page.getByRole("status").filter({ hasText: "Destroy awaiting approval" }).waitFor();
    // Alice asked: she sees no approval button of her own.
    expect(await page.getByRole("button", { name: "Approve destroy" }).count()).toBe(0);

    // Bob finds it in his Approvals inbox, under the destroys asked for.
    const bob = await openAs(/Bob Price/, "/approvals");
    const asked = bob.getByRole("region", { name: "Destroys asked for" });
    await asked.getByText(/archive \(sqs-queue\) is idle/).waitFor();
    await asked.getByRole("link", { name: "Review and decide" }).click();
    await bob.waitForURL(new RegExp(`/requests/${idle}$`));
    await bob.getByRole("button", { name: "Approve destroy" }).click();
    await bob.getByRole("dialog").getByRole("button", { name: "Approve destroy" }).click();
    await bob
      .locator(".status")
      .filter({ hasText: /^destroy(ing|ed)$/ })
      .first()
      .waitFor();
    await poll(`/v1/provisioning-requests/${idle}`, (b) => b?.status === "DESTROYED");
    expect((await cloud().runWorkflow("ResourceRecommendations", {})).status).toBe("SUCCEEDED");
    const list = (await call("GET", "/v1/recommendations?team=payments", "ALICE")).body;
    expect(list.items[0]).toMatchObject({ request: idle, status: "RESOLVED" });
  });
});
