import { describe, expect, it } from "vitest";
import { usePortal } from "./support/portal";

// Plinth's docs in the portal, in real Chromium: rendered from docs/*.md at build time, offline, with
// search over headings, and each page's "How this works" link landing on the section that explains it.
const { openAs, expectAccessible, screenshot } = usePortal("pdc");

describe("the portal's docs", () => {
  it("serve docs/ offline: the overview, a page, search over every heading", async () => {
    const page = await openAs(/Alice Payne/);
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!new URL(request.url()).hostname.match(/^(127\.0\.0\.1|localhost)$/)) outside.push(request.url());
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Docs" }).click();
    await page.getByRole("heading", { level: 1, name: "Plinth documentation" }).waitFor();
    await page.getByRole("navigation", { name: "Docs pages" }).getByRole("link", { name: "Concepts" }).click();
    for (const heading of ["Requests and plans", "Datasets and the medallion lake", "Incidents and runbooks"])
      await page.getByRole("heading", { name: heading }).waitFor();
    await expectAccessible(page);

    // A link between pages stays in the portal and lands on its section.
    await page.getByRole("article").getByRole("link", { name: "Delivery" }).first().click();
    await page.waitForURL(/\/portal\/docs\/delivery(#.*)?$/);
    await page.getByRole("heading", { level: 1, name: "Delivery (CI/CD): pipelines" }).waitFor();

    await page.getByLabel("Search the docs").fill("production gate");
    const results = page.getByRole("region", { name: "Search results" });
    await results.getByRole("link", { name: "Runs, deployments, the production gate, DORA" }).click();
    await page.waitForURL(/\/docs\/delivery#runs-deployments-the-production-gate-dora$/);
    // The page's own expression (the tests compile without the DOM library).
    await expect
      .poll(() => page.evaluate("document.activeElement?.id"))
      .toBe("runs-deployments-the-production-gate-dora");
    await page.getByLabel("Search the docs").fill("no heading says this");
    await results.getByText("No heading mentions").waitFor();
    await expectAccessible(page);
    await screenshot(page, "docs");
    expect(outside).toEqual([]);
  });

  it("a page's How-this-works link lands on the section that explains it", async () => {
    const page = await openAs(/Alice Payne/, "/incidents");
    await page.getByRole("link", { name: "How this works: How incidents open" }).click();
    await page.waitForURL(/\/docs\/remediation#triggers$/);
    const heading = page.getByRole("heading", { name: "Triggers" });
    await heading.waitFor();
    expect(await heading.getAttribute("id")).toBe("triggers");
    await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    // The old Concepts page is a docs page now.
    const concepts = await openAs(/Alice Payne/, "/concepts");
    await concepts.waitForURL(/\/portal\/docs\/concepts$/);
    await concepts.getByRole("heading", { level: 1, name: "Concepts" }).waitFor();
  });
});
