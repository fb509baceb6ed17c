import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { portalOption, useBrowser } from "./support/portal";
import { usePromotionCloud } from "./support/promotion";
import { fleetResource } from "./support/remediation";

// The developer portal in real Chromium: a data engineer's and an SRE's journeys.
const { cloud, call, poll, setup, land } = usePromotionCloud("pto", { timeScale: 0.01, portal: portalOption });
const { url, openAs, expectAccessible, screenshot } = useBrowser(() => cloud().apiUrl);

describe("the portal, data and remediation", () => {
  it("journey 4: a data engineer reads the quality report and the rows set aside, then rolls a version back", async () => {
    const { id } = await setup();
    const day = "2026-11-02";
    await land(id, day, 400);
    await land(id, day, 80, "late.csv");
    const silver = await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=${day}`, "ALICE");
    expect(silver.body.items.map((version: { version: number }) => version.version)).toEqual([2, 1]);

    const page = await openAs(/Alice Payne/, "/datasets");
    await page.getByRole("link", { name: id, exact: true }).click();
    await page.getByRole("heading", { name: "Current versions" }).waitFor();
    await page.getByRole("button", { name: day }).click();
    const report = page.getByRole("figure");
    await report.waitFor();
    const caption = await report.textContent();
    expect(caption).toMatch(/Quality of silver v2/);
    expect(caption).toMatch(/Rows in\s*\d/);
    expect(caption).toMatch(/Set aside\s*[1-9]/);
    const setAside = page.getByRole("region", { name: `Rows set aside in ${day}` });
    await setAside.getByRole("columnheader", { name: "Why set aside" }).waitFor();
    expect(await setAside.getByRole("row").count()).toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, "dataset");

    await page.getByRole("button", { name: "Roll back to v1" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.textContent()).toContain(`Point silver ${day} at v1?`);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Roll back to v1" }).click();
    await expect
      .poll(async () => {
        const dataset = await call("GET", `/v1/datasets/${id}`, "ALICE");
        return dataset.body.stages
          .find((stage: { stage: string }) => stage.stage === "silver")
          ?.partitions.find((p: { partition: string }) => p.partition === day);
      })
      .toMatchObject({ version: 1, reason: "rollback", movedBy: "alice" });
    await page.getByRole("cell", { name: "v1 (rolled back)" }).waitFor();

    // A contract change shows its diff before it is saved; a breaking one says so and needs a confirm.
    const contract = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.contract;
    await page.getByRole("button", { name: "Edit the contract" }).click();
    const editor = page.getByLabel(/New contract/);
    const withoutLast = { ...contract, columns: contract.columns.slice(0, -1), checks: [] };
    const removed = contract.columns.at(-1).name as string;
    await editor.fill(JSON.stringify(withoutLast));
    await page.getByRole("button", { name: "Review changes" }).click();
    const breaking = page.getByRole("alert").filter({ hasText: "Breaking for readers of silver" });
    await breaking.waitFor();
    expect(await breaking.textContent()).toContain(`column ${removed} removed`);
    expect(await page.getByRole("row", { name: new RegExp(`${removed} removed`) }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Discard" }).click();

    await page.getByRole("button", { name: "Edit the contract" }).click();
    await editor.fill(
      JSON.stringify({ ...contract, columns: [...contract.columns, { name: "note", type: "string" }] }),
    );
    await page.getByRole("button", { name: "Review changes" }).click();
    await page.getByText("not breaking").waitFor();
    await page.getByRole("button", { name: "Save contract v2" }).click();
    await page.getByRole("heading", { name: "Contract v2", exact: true }).waitFor();
    expect((await call("GET", `/v1/datasets/${id}`, "ALICE")).body.contract.columns.at(-1)).toMatchObject({
      name: "note",
    });
  });

  it("journey 5: an SRE approves a remediation from the incident page; an admin flips the kill switch", async () => {
    const { key, alarms } = fleetResource(
      cloud(),
      { type: "ec2-instance", id: `i-0${randomUUID().replaceAll("-", "").slice(0, 16)}`, tags: { team: "payments" } },
      ["StatusCheckFailed_Instance"],
    );
    cloud().fleet.break(key, "status-check-failed");
    const listed = await poll(
      `/v1/incidents?team=payments&alarm=${encodeURIComponent(alarms[0] as string)}`,
      (body) => body?.items?.[0]?.status === "AWAITING_APPROVAL",
      "ROOT",
      30_000,
    );
    const incidentId = listed.items[0].id as string;

    const sre = await openAs(/Bob Price/, "/incidents");
    await sre.getByRole("link", { name: new RegExp(`^${alarms[0]} · opened`) }).click();
    await sre.getByRole("heading", { name: "Guardrail decisions" }).waitFor();
    expect(await sre.getByRole("list", { name: "Timeline" }).getByRole("listitem").count()).toBeGreaterThan(1);
    await expectAccessible(sre);
    await screenshot(sre, "incident");
    await sre.getByRole("button", { name: "Approve the action" }).click();
    await sre.getByRole("dialog").getByRole("button", { name: "Approve the action" }).click();
    await sre
      .locator(".status", { hasText: /^resolved$/ })
      .first()
      .waitFor({ timeout: 30_000 });
    const resolved = await call("GET", `/v1/incidents/${incidentId}`, "BOB");
    expect(resolved.body).toMatchObject({ status: "RESOLVED", approval: { decision: "approved", decidedBy: "bob" } });

    // A non-admin sees the guardrails but no switch.
    await sre.goto(url("/remediation"));
    await sre.getByRole("heading", { name: "Kill switch" }).waitFor();
    expect(await sre.getByRole("button", { name: /kill switch/ }).count()).toBe(0);

    const admin = await openAs(/Rita Root/, "/remediation");
    await admin.getByRole("heading", { name: /Budgets/ }).waitFor();
    await admin.getByLabel("Reason").fill("game day");
    await admin.getByRole("button", { name: "Turn the kill switch on" }).click();
    await expectAccessible(admin);
    await admin.getByRole("dialog").getByRole("button", { name: "Turn the kill switch on" }).click();
    await admin.getByRole("button", { name: "Turn the kill switch off" }).waitFor();
    expect((await call("GET", "/v1/remediation/status", "ROOT")).body.killSwitch).toMatchObject({
      on: true,
      by: "root",
      reason: "game day",
    });
    await expectAccessible(admin);
    await screenshot(admin, "remediation");
    await admin.getByRole("button", { name: "Turn the kill switch off" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Turn the kill switch off" }).click();
    await admin.getByRole("button", { name: "Turn the kill switch on" }).waitFor();
  });

  it("journey 6: a team lead reads the team's insights, the same numbers as the API's", async () => {
    const { id } = await setup();
    await land(id, "2026-11-04");
    const lead = await openAs(/Alice Payne/, "/");
    await lead.getByRole("link", { name: "Insights" }).click();
    await lead.getByRole("heading", { name: "Promotions" }).waitFor();
    const api = (await call("GET", "/v1/insights?team=payments", "ALICE")).body;
    const dataset = api.promotions.byDataset.find((d: { dataset: string }) => d.dataset === id);
    expect(dataset).toBeDefined();
    await lead.getByText(`${id} (${dataset.runs} runs)`).waitFor();
    await lead.getByText(/read \d+ items in \d+ queries/i).waitFor();
    await lead.getByLabel("Window").selectOption("7");
    await lead.getByRole("heading", { name: "Incidents" }).waitFor();
    await expectAccessible(lead);
    await screenshot(lead, "insights");
  });
});
