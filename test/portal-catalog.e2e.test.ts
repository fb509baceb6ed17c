import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { alarmFor } from "../packages/local/src/standins/alarms";
import { usePortal } from "./support/portal";

// The service catalog in the portal (issue 27): find a service, read its page, follow its links.
const { cloud, call, poll, url, openAs, expectAccessible, screenshot } = usePortal("pcat");
const tags = { owner: "alice@example.com", "cost-center": "CC-1234" };

describe("the portal's service catalog", () => {
  it("finds a service by search, reads its page (scorecard reasons), follows to its incident and back", async () => {
    const id = `shop-${randomUUID().slice(0, 6)}`;
    expect(
      (await call("POST", "/v1/services", "ALICE", { id, name: "Shop Checkout", lifecycle: "production", tier: 1 }))
        .status,
    ).toBe(201);
    const created = await call("POST", "/v1/provisioning-requests", "ALICE", {
      template: "sqs-queue",
      name: `q-${randomUUID().slice(0, 6)}`,
      service: id,
      ttlHours: 24,
      tags,
    });
    const request = await poll(
      `/v1/provisioning-requests/${created.body.id}`,
      (r) => r.status === "SUCCEEDED",
      "ALICE",
      30_000,
    );
    const queue = String(request.outputs.QueueUrl).split("/").at(-1) as string;
    const alarm = alarmFor(`sqs-queue/${queue}`, "ApproximateNumberOfMessagesVisible");
    cloud().cloudWatch.putMetricAlarm(alarm);
    cloud().fleet.break(`sqs-queue/${queue}`, "dlq-backlog");
    const incident = (
      await poll(
        `/v1/incidents?team=payments&alarm=${encodeURIComponent(alarm.AlarmName)}`,
        (body) => body?.items?.[0]?.service === id,
        "ALICE",
        30_000,
      )
    ).items[0];

    const page = await openAs(/Alice Payne/, "/services");
    await page.getByRole("heading", { name: "Services" }).waitFor();
    await page.getByRole("searchbox", { name: "Search" }).fill(id.slice(0, 9));
    await page.waitForURL(new RegExp(`q=${id.slice(0, 9)}`));
    await page.getByRole("link", { name: id, exact: true }).click();
    await page.getByRole("heading", { name: "Shop Checkout" }).waitFor();
    const rules = page.getByRole("list", { name: "Scorecard rules" });
    await rules.waitFor();
    const repository = rules.getByRole("listitem").filter({ hasText: "Its code is in a known repository" });
    expect(await repository.textContent()).toContain("no repository is recorded");
    expect(await repository.textContent()).toContain("Fix: set repository");
    await page.getByRole("link", { name: request.name, exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "service");

    await page.getByRole("link", { name: alarm.AlarmName, exact: true }).click();
    await page.waitForURL(new RegExp(`/incidents/${incident.id}$`));
    await page.getByRole("link", { name: id, exact: true }).click();
    await page.getByRole("heading", { name: "Shop Checkout" }).waitFor();
    await page.getByRole("link", { name: request.name, exact: true }).click();
    await page.waitForURL(new RegExp(`/requests/${request.id}$`));
    await page.getByRole("link", { name: id, exact: true }).click();
    await page.getByRole("heading", { name: "Shop Checkout" }).waitFor();
  });

  it("registers a service from the form, names the field the API refuses, and edits it", async () => {
    const id = `form-${randomUUID().slice(0, 6)}`;
    const page = await openAs(/Alice Payne/, "/services");
    await page.getByRole("link", { name: "Register a service" }).click();
    const form = page.getByRole("form", { name: "Register a service" });
    await form.getByLabel("Id").fill("Not_A_Slug");
    await form.getByRole("button", { name: "Register" }).click();
    await form.locator(".field-error").first().waitFor();
    expect(await form.getByLabel("Id").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);
    await form.getByLabel("Id").fill(id);
    await form.getByLabel("Name").fill("From the form");
    await form.getByLabel("GitHub repository").fill(`acme/${id}`);
    await form.getByRole("button", { name: "Register" }).click();
    await page.getByRole("heading", { name: "From the form" }).waitFor();
    await page.getByRole("link", { name: "Edit" }).click();
    const edit = page.getByRole("form", { name: "Edit the service" });
    await edit.getByLabel("Tier").selectOption("2");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await page
      .getByText(/tier 2/)
      .first()
      .waitFor();
    expect((await call("GET", `/v1/services/${id}`, "ALICE")).body).toMatchObject({ tier: 2, version: 2 });
  });

  it("another team's service is not found, with the way back", async () => {
    const id = `theirs-${randomUUID().slice(0, 6)}`;
    await call("POST", "/v1/services", "DAN", { id });
    const page = await openAs(/Alice Payne/, `/services/${id}`);
    await page.getByRole("heading", { name: "Service not found" }).waitFor();
    await page.getByRole("link", { name: "← All services" }).waitFor();
    expect(page.url()).toBe(url(`/services/${id}`));
  });
});
