import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deliveryHarness } from "./support/delivery";
import type { Body } from "./support/http";
import { waitFor } from "./support/local-cloud";
import { usePortal } from "./support/portal";

// Creating a pipeline from the service page in Chromium (issue 28): pick a template, see the YAML and
// the plan, submit, follow the setup's timeline to the pull request; merged → ACTIVE.
const portal = usePortal("ppipe");
const { cloud, call, openAs, expectAccessible, screenshot } = portal;
const delivery = deliveryHarness(portal);

describe("the portal's pipelines", () => {
  it("creates a pipeline from the service page, shows the YAML before, and the pull request link at the end", {
    timeout: 90_000,
  }, async () => {
    const id = `web-${randomUUID().slice(0, 6)}`;
    cloud().github.install("acme");
    await cloud().github.createRepository(`acme/${id}`);
    expect((await call("PUT", "/v1/teams/payments/github/acme", "BOB")).status).toBe(200);
    const created = await call("POST", "/v1/services", "ALICE", {
      id,
      name: "Shop web",
      repository: { provider: "github", owner: "acme", name: id },
    });
    expect(created.status).toBe(201);

    const page = await openAs(/Alice Payne/, `/services/${id}`);
    await page.getByRole("heading", { name: "Pipelines" }).waitFor();
    await page.getByRole("link", { name: "Create pipeline" }).click();
    await page.getByRole("heading", { name: "Create a pipeline" }).waitFor();
    await page.getByLabel("Pipeline template").selectOption("static-site");
    await page.getByRole("checkbox", { name: "production" }).uncheck();
    await page.getByLabel("Cost center").fill("CC-1234");
    // The workflow file as the pull request will add it, checked by actionlint, before anything is made.
    const yaml = page.getByRole("figure", { name: `.github/workflows/plinth-${id}.yml` });
    await yaml.getByText("aws s3 sync").waitFor();
    expect(await yaml.textContent()).not.toContain("deploy-production");
    await page.getByText("actionlint 1.7: no findings").waitFor();
    await expectAccessible(page);
    await screenshot(page, "pipeline-form");
    await page.getByRole("button", { name: "Create pipeline" }).click();

    await page.waitForURL(new RegExp(`/services/${id}/pipelines/pl-[0-9a-f]{20}$`));
    const pull = page.getByRole("link", { name: `#1 · ${cloud().githubUrl}/acme/${id}/pull/1` });
    await pull.waitFor({ timeout: 30_000 });
    expect(await pull.getAttribute("href")).toBe(`${cloud().githubUrl}/acme/${id}/pull/1`);
    await page.getByRole("list", { name: "Timeline" }).getByText("pull request #1 opened").waitFor();
    await expectAccessible(page);
    await screenshot(page, "pipeline");

    // The link leads to the pull request (the GitHub stand-in's page); a reviewer merges it there.
    const pipelineUrl = page.url();
    await pull.click();
    await page.getByRole("heading", { name: new RegExp(`Add the ${id} pipeline`) }).waitFor();
    await page.getByRole("button", { name: "Merge pull request" }).click();
    await page.getByText("merged", { exact: true }).waitFor();
    await page.goto(pipelineUrl);
    await page.getByRole("heading", { name: /Pipeline of .* active/i }).waitFor({ timeout: 30_000 });
    await page
      .getByRole("list", { name: "Timeline" })
      .getByText(/#1 merged: static-site 1\.0\.0 is live on main/)
      .waitFor();
  });

  it("follows a run live, approves its production deploy from the inbox, and shows DORA with the deployments behind it", {
    timeout: 120_000,
  }, async () => {
    const { service, pipeline } = await delivery.activePipeline(["dev", "production"]);
    // The merge's run waits at production: Bob approves it from the inbox.
    const bob = await openAs(/Bob Price/, "/approvals");
    const card = bob.locator("li.card", { hasText: `${service} → production` });
    await card.getByRole("button", { name: /^Approve [0-9a-f]{7}$/ }).waitFor({ timeout: 30_000 });
    await expectAccessible(bob);
    await screenshot(bob, "approvals-deploys");
    await card.getByRole("button", { name: /^Approve / }).click();
    await bob.getByRole("dialog").getByLabel("Comment (optional)").fill("release 1");
    await bob
      .getByRole("dialog")
      .getByRole("button", { name: /^Approve / })
      .click();
    await card.waitFor({ state: "detached", timeout: 30_000 });

    // Alice runs it again from the pipeline page and follows exactly that run.
    const alice = await openAs(/Alice Payne/, `/services/${service}/pipelines/${pipeline.id}`);
    await alice.getByRole("button", { name: "Run now" }).click();
    await alice.waitForURL(new RegExp(`/services/${service}/pipelines/${pipeline.id}/runs/\\d+$`));
    const runId = Number(alice.url().split("/").at(-1));
    await alice.locator('[data-job="Build and test"]').getByText("success").first().waitFor({ timeout: 30_000 });
    await alice.getByText(`dispatched in Plinth by alice`).waitFor();
    // It stops at production until an approver (not Alice) approves.
    const gate = await waitFor(
      async () => (await call("GET", "/v1/deployment-approvals", "BOB")).body.items as Body[],
      (items) => items.some((a) => a.runId === runId && a.decidable),
      "the run's gate",
      30_000,
    ).then((items) => items.find((a) => a.runId === runId) as Body);
    await expectAccessible(alice);
    await screenshot(alice, "run");
    expect(
      (
        await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
          sha: gate.sha,
          environment: "production",
        })
      ).status,
    ).toBe(200);
    await alice.getByRole("heading", { name: /Run #\d+ of .* success/i }).waitFor({ timeout: 30_000 });
    await alice.locator('[data-job="Deploy to production"]').getByText("success").first().waitFor();

    // DORA: two production deployments, each number linked to the deployments behind it.
    await alice.goto(alice.url().replace(/\/services\/.*$/, `/services/${service}/dora`));
    await alice.getByText("2 (").first().waitFor({ timeout: 30_000 });
    await alice.getByRole("img", { name: /Production deployments per week/ }).waitFor();
    await expectAccessible(alice);
    await screenshot(alice, "dora");
    await alice.getByRole("link", { name: /the 2 deployments behind Deployment frequency/ }).click();
    await alice.getByRole("heading", { name: "Behind deployment frequency" }).waitFor();
    expect(await alice.locator("tbody tr.highlight").count()).toBe(2);
  });
});
