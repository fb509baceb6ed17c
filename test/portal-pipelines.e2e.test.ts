import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { usePortal } from "./support/portal";

// Creating a pipeline from the service page in Chromium (issue 28): pick a template, see the YAML and
// the plan, submit, follow the setup's timeline to the pull request; merged → ACTIVE.
const { cloud, call, openAs, expectAccessible, screenshot } = usePortal("ppipe");

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
});
