import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/browser";
import { usePortal } from "./support/portal";
import { productionBucket } from "./support/provisioning";

// The developer portal in real Chromium: provisioning journeys, roles and sign-in.
const { cloud, call, poll, url, openAs, expectAccessible, screenshot } = usePortal("ptp");
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
const statusOf = (expected: string) => new RegExp(`^${expected.replaceAll("_", " ").toLowerCase()}$`);

describe("the portal, provisioning", () => {
  it("journey 1: a developer provisions an SQS queue from the catalog form and reads its outputs", async () => {
    const page = await openAs(/Alice Payne/);
    await page.getByRole("heading", { name: "Catalog" }).waitFor();
    await expect.poll(() => page.getByRole("listitem").filter({ hasText: "SQS queue" }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, "catalog");

    await page.getByRole("link", { name: /SQS queue/ }).click();
    await page.getByRole("heading", { name: "Plan preview" }).waitFor();
    const name = unique("orders");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Cost center").fill("CC-1234");
    await page.getByLabel(/Max receive count/).fill("3");
    // The live plan: resources, monthly cost, each policy, no approval for dev.
    const preview = page.getByRole("region", { name: "Plan preview" });
    await expect.poll(() => preview.getByText("no approval needed").count()).toBe(1);
    await expect.poll(() => preview.textContent()).toContain(`plinth-${cloud().stage}-payments-dev-${name}`);
    expect(await preview.textContent()).toMatch(/\$\d+\.\d\d/);
    expect(await preview.getByRole("row", { name: /required-tags passes/ }).count()).toBe(1);
    expect(await preview.getByText("DeadLetterQueue").count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, "template-form");

    // A double click makes one request (the form sends one Idempotency-Key per body).
    await page.getByRole("button", { name: "Request", exact: true }).dblclick();
    await page.waitForURL(/\/portal\/requests\/pr-[0-9a-f]{20}$/);
    const id = page.url().split("/").at(-1) as string;
    await page.getByRole("heading", { name }).waitFor();
    // The timeline advances by itself to SUCCEEDED, then the outputs show.
    await page
      .locator(".status", { hasText: statusOf("SUCCEEDED") })
      .first()
      .waitFor({ timeout: 20_000 });
    const timeline = page.getByRole("list", { name: "Timeline" });
    await expect.poll(() => timeline.getByRole("listitem").count()).toBe(5);
    expect(await timeline.textContent()).toMatch(/validate.*plan.*apply.*outputs/s);
    const outputs = page.getByRole("region", { name: "Outputs" });
    expect(await outputs.textContent()).toMatch(/QueueUrl.*https:\/\/sqs\.us-east-1\.amazonaws\.com\/000000000000\//s);
    await expectAccessible(page);
    await screenshot(page, "request");

    const listed = await call("GET", `/v1/provisioning-requests?team=payments&limit=100`, "ALICE");
    expect(listed.body.items.filter((request: { name: string }) => request.name === name)).toHaveLength(1);
    expect((await call("GET", `/v1/provisioning-requests/${id}`, "ALICE")).body.status).toBe("SUCCEEDED");

    // Extend and destroy are there for the owner's team; destroy asks first.
    await page.getByRole("button", { name: "Extend by a day" }).click();
    await page.getByRole("button", { name: "Destroy", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toContain(`plinth-${cloud().stage}-payments-dev-${name}`);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Destroy it" }).click();
    await page
      .locator(".status", { hasText: statusOf("DESTROYED") })
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it("journey 2: a production request waits; an approver approves it from the inbox; the requester sees it proceed", async () => {
    const name = unique("ledger");
    const created = await call("POST", "/v1/provisioning-requests", "ALICE", productionBucket(name, "alice"));
    expect(created.status).toBe(202);
    await poll(`/v1/provisioning-requests/${created.body.id}`, (request) => request.status === "AWAITING_APPROVAL");

    const requester = await openAs(/Alice Payne/, `/requests/${created.body.id}`);
    await requester
      .locator(".status", { hasText: statusOf("AWAITING_APPROVAL") })
      .first()
      .waitFor();
    // A developer has no approve button, and nobody approves their own request.
    expect(await requester.getByRole("button", { name: /Approve/ }).count()).toBe(0);
    expect(await requester.getByRole("link", { name: "Approvals" }).count()).toBe(0);

    const approver = await openAs(/Bob Price/);
    const inbox = approver.getByRole("link", { name: /Approvals/ });
    await expect.poll(() => inbox.textContent()).toMatch(/Approvals\s*\d+\s*waiting/);
    await inbox.click();
    const card = approver.getByRole("listitem").filter({ hasText: name });
    await card.waitFor();
    expect(await card.textContent()).toContain(created.body.plan.hash.slice(0, 12));
    await expectAccessible(approver);
    await screenshot(approver, "approvals");
    await card.getByRole("button", { name: `Approve plan ${created.body.plan.hash.slice(0, 12)}` }).click();
    const dialog = approver.getByRole("dialog");
    await dialog.getByLabel("Comment (optional)").fill("reviewed the bucket policy");
    await expectAccessible(approver);
    await dialog.getByRole("button", { name: /Approve plan/ }).click();
    await card.waitFor({ state: "detached" });

    // The requester's page follows on its own: approved, applied, succeeded.
    await requester
      .locator(".status", { hasText: statusOf("SUCCEEDED") })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await requester.textContent("body")).toContain("approved by bob: “reviewed the bucket policy”");
  });

  it("journey 3: an injected CloudFormation failure shows the failing resource; retry from the page succeeds", async () => {
    const name = unique("flaky");
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ failResource: { match: "DeadLetterQueue", times: 1 } }),
    });
    const page = await openAs(/Alice Payne/, "/catalog/sqs-queue");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Cost center").fill("CC-4321");
    await page.getByRole("region", { name: "Plan preview" }).getByText("no approval needed").waitFor();
    await page.getByRole("button", { name: "Request", exact: true }).click();
    await page.waitForURL(/\/requests\/pr-/);
    const alert = page.getByRole("alert").filter({ hasText: "Failed at step" });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/DeadLetterQueue/);
    expect(await page.locator(".timeline li.failed").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, "request-failed");

    await page.getByRole("button", { name: "Retry" }).click();
    await page
      .locator(".status", { hasText: statusOf("SUCCEEDED") })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.getByRole("alert").filter({ hasText: "Failed at step" }).count()).toBe(0);
  });

  it("journey 6: a viewer sees no write action, and another team's items never appear", async () => {
    const mine = await call("POST", "/v1/provisioning-requests", "ALICE", {
      template: "sqs-queue",
      name: unique("seen"),
      ttlHours: 24,
      tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
    });
    const theirs = await call("POST", "/v1/provisioning-requests", "DAN", {
      template: "sqs-queue",
      name: unique("hidden"),
      ttlHours: 24,
      tags: { owner: "dan@example.com", "cost-center": "CC-1234" },
    });
    await poll(`/v1/provisioning-requests/${mine.body.id}`, (request) => request.status === "SUCCEEDED");

    const viewer = await openAs(/Carol Pike/, "/requests");
    await viewer.getByRole("link", { name: mine.body.name }).waitFor();
    expect(await viewer.getByText(theirs.body.name).count()).toBe(0);
    await expectAccessible(viewer);
    await viewer.getByRole("link", { name: mine.body.name }).click();
    await viewer
      .locator(".status", { hasText: statusOf("SUCCEEDED") })
      .first()
      .waitFor();
    for (const action of ["Destroy", "Extend by a day", "Cancel", "Retry"])
      expect(await viewer.getByRole("button", { name: action }).count(), action).toBe(0);
    await viewer.goto(url("/catalog/sqs-queue"));
    await viewer.getByRole("heading", { name: "Plan preview" }).waitFor();
    expect(await viewer.getByRole("button", { name: /^Request/ }).count()).toBe(0);
    expect(await viewer.getByText("requesting needs the developer role").count()).toBe(1);
    // Another team's request, by its URL: not found, as the API answers.
    await viewer.goto(url(`/requests/${theirs.body.id}`));
    await viewer.getByRole("heading", { name: "Provisioning request not found" }).waitFor();
    await expectAccessible(viewer);
  });

  it("journey 7: an expired token returns to sign-in, and signing in returns to the same page", async () => {
    const page = await openAs(/Alice Payne/, "/requests?status=SUCCEEDED");
    await page.getByRole("heading", { name: "Requests and resources" }).waitFor();
    // A token of the same identity provider that has already expired, as a lapsed session leaves it.
    const expired = await cloud().identity.sign(
      { sub: "alice", teams: ["payments"], roles: ["developer"] },
      { expiresIn: Math.floor(Date.now() / 1000) - 60 },
    );
    await page.evaluate((token) => {
      const storage = (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } })
        .localStorage;
      storage.setItem("plinth.session", token);
    }, expired);
    await page.reload();
    await page.getByText("Your session has expired").waitFor();
    expect(new URL(page.url()).searchParams.get("return")).toBe("/requests?status=SUCCEEDED");
    await expectAccessible(page);
    await screenshot(page, "sign-in");
    // The provider still knows Alice (its session outlives the portal's token): no second login page.
    await page.getByRole("button", { name: /Sign in with/ }).click();
    await page.waitForURL(/\/portal\/requests\?status=SUCCEEDED$/);
    await page.getByRole("heading", { name: "Requests and resources" }).waitFor();
  });

  it("the accessibility check is not vacuous: axe reports a nameless button on the same pages", async () => {
    const page = await openAs(/Alice Payne/);
    await page.getByRole("heading", { name: "Catalog" }).waitFor();
    await page.evaluate(() => {
      const document = (
        globalThis as unknown as { document: { body: { insertAdjacentHTML(at: string, html: string): void } } }
      ).document;
      document.body.insertAdjacentHTML("beforeend", "<button></button>");
    });
    expect((await seriousViolations(page)).map((violation) => violation.id)).toContain("button-name");
  });

  it("keyboard only: skip link, tab order into the content, Enter to follow, typing into the form", async () => {
    const page = await openAs(/Alice Payne/);
    await page.locator(".cards .card").first().waitFor();
    // What has the focus: a control's label, else its text.
    const focused = () =>
      page.evaluate(() => {
        interface Focusable {
          textContent: string | null;
          labels?: { textContent: string | null }[];
        }
        const active = (globalThis as unknown as { document: { activeElement: Focusable | null } }).document
          .activeElement;
        return (active?.labels?.[0]?.textContent ?? active?.textContent ?? "").trim();
      });
    const tabTo = async (wanted: RegExp) => {
      for (let steps = 0; steps < 40 && !wanted.test(await focused()); steps++) await page.keyboard.press("Tab");
      expect(await focused()).toMatch(wanted);
    };
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to content");
    await tabTo(/^SQS queue/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Plan preview" }).waitFor();
    await tabTo(/^Name$/);
    await page.keyboard.type("typed-by-keys");
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("typed-by-keys");
    await tabTo(/^Cost center$/);
    await page.keyboard.type("CC-2468");
    const preview = page.getByRole("region", { name: "Plan preview" });
    await expect.poll(() => preview.textContent()).toContain(`plinth-${cloud().stage}-payments-dev-typed-by-keys`);
    await tabTo(/^Request$/);
  });

  it("/docs works offline: the API reference loads from our origin only and shows every operation", async () => {
    const origin = new URL(url("/")).origin;
    const page = await openAs(/Alice Payne/);
    const elsewhere: string[] = [];
    // Offline: any request that would leave the machine's API origin fails, and is recorded.
    await page.context().route("**/*", (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${origin}/docs`);
    await page.locator(".opblock").first().waitFor();
    const document = (await (await fetch(`${origin}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const summaries = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.summary ?? ""),
    );
    expect(summaries.length).toBeGreaterThan(40);
    const text = (await page.textContent("body")) ?? "";
    expect(summaries.filter((summary) => !text.includes(summary))).toEqual([]);
    expect(elsewhere).toEqual([]);
    await screenshot(page, "api-reference");
  });

  it("usable at 390 px: the catalog form and the navigation fit a phone", async () => {
    const page = await openAs(/Alice Payne/, "/catalog/sqs-queue", { width: 390, height: 844 });
    await page.getByRole("heading", { name: "Plan preview" }).waitFor();
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
