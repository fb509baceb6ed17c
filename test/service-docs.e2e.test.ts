import { randomUUID } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cliUser } from "./support/cli";
import type { Body } from "./support/http";
import { usePortal } from "./support/portal";

// A service's own docs (issue 33, part 3): README.md and docs/ from the default branch of its
// repository, read through the Plinth GitHub App (the stand-in's real git repositories), cached by
// commit sha; printed by `plinth service docs`; rendered safely in the portal.
const { cloud, call, openAs, expectAccessible, screenshot } = usePortal("sdc", 0.001);

async function serviceWithRepository(files: Record<string, string | Buffer>) {
  const id = `docs-${randomUUID().slice(0, 6)}`;
  cloud().github.install("acme");
  await cloud().github.createRepository(`acme/${id}`, files);
  expect((await call("PUT", "/v1/teams/payments/github/acme", "BOB")).status).toBe(200);
  const created = await call("POST", "/v1/services", "ALICE", {
    id,
    repository: { provider: "github", owner: "acme", name: id },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return id;
}

const HOSTILE = [
  "# Hostile",
  "",
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  "",
  "[click me](javascript:window.__pwned='link')",
  "",
  "<a href=\"javascript:window.__pwned='html-link'\">html link</a>",
  "",
  '<iframe src="https://example.com"></iframe>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  "",
  "![huge](huge.png)",
  "![tracker](https://tracker.example.com/pixel.gif)",
  "",
  "## Details",
  "",
  "See [the guide](docs/guide.md) and [the source](src/index.js).",
].join("\n");

/** A real PNG of `width` × `height` grey pixels (zlib keeps the file small; the picture is not). */
function hugePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("a service's own docs", () => {
  it("reads README.md and docs/ from the default branch, cached by commit, and the CLI prints them", async () => {
    const id = await serviceWithRepository({
      "README.md": "# Orders\n\nThe orders service. See [the guide](docs/guide.md).\n",
      "docs/guide.md": "# Guide\n\n## Deploying\n\nMerge to main.\n",
      "docs/notes.txt": "not a page",
    });
    const first = await call("GET", `/v1/services/${id}/docs`, "ALICE");
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      service: id,
      repository: { owner: "acme", name: id },
      branch: "main",
      path: "README.md",
      pages: ["README.md", "docs/guide.md"],
      cached: false,
      truncated: false,
    });
    expect(first.body.markdown).toContain("The orders service.");
    expect(first.body.sha).toMatch(/^[0-9a-f]{40}$/);
    const again = await call("GET", `/v1/services/${id}/docs`, "ALICE");
    expect(again.body).toMatchObject({ sha: first.body.sha, cached: true, markdown: first.body.markdown });
    const guide = await call("GET", `/v1/services/${id}/docs?path=docs/guide.md`, "ALICE");
    expect(guide.body.markdown).toContain("Merge to main.");

    // A new commit is a new cache entry: the branch head moved.
    const pushed = (await cloud().github.control({
      action: "push",
      repository: `acme/${id}`,
      files: { "README.md": "# Orders\n\nRewritten.\n" },
      message: "Rewrite the README",
      author: "alice",
    })) as { sha: string };
    const moved = await call("GET", `/v1/services/${id}/docs`, "ALICE");
    expect(moved.body).toMatchObject({ sha: pushed.sha, cached: false });
    expect(moved.body.markdown).toContain("Rewritten.");

    const outside = await call("GET", `/v1/services/${id}/docs?path=../../etc/passwd`, "ALICE");
    expect(outside.status).toBe(400);
    expect(outside.body.errors.map((e: Body) => e.field)).toContain("query.path");
    expect((await call("GET", `/v1/services/${id}/docs?path=docs/missing.md`, "ALICE")).status).toBe(404);
    expect((await call("GET", `/v1/services/${id}/docs`, "ERIN")).status).toBe(404);
    const bare = `bare-${randomUUID().slice(0, 6)}`;
    expect((await call("POST", "/v1/services", "ALICE", { id: bare })).status).toBe(201);
    expect((await call("GET", `/v1/services/${bare}/docs`, "ALICE")).body.code).toBe("conflict");

    const user = cliUser();
    expect((await user.plinth(["auth", "login", "--as", "alice", "--api-url", cloud().apiUrl])).code).toBe(0);
    const printed = await user.plinth(["service", "docs", id]);
    expect(printed, printed.stderr).toMatchObject({ code: 0 });
    expect(printed.stdout).toContain("Rewritten.");
    expect(printed.stdout).toContain("Pages: README.md, docs/guide.md");
    const page = await user.plinth(["service", "docs", id, "--path", "docs/guide.md"]);
    expect(page.stdout).toContain("## Deploying");
  });

  it("renders a hostile README inert in the portal: no script runs, no javascript: link, images held in", async () => {
    const id = await serviceWithRepository({
      "README.md": HOSTILE,
      "docs/guide.md": "# Guide\n\nBack to the [README](../README.md).\n",
      "huge.png": hugePng(6000, 6000),
    });
    const page = await openAs(/Alice Payne/, `/services/${id}`);
    const docs = page.getByRole("region", { name: "Docs" });
    await docs.getByRole("heading", { name: "Hostile" }).waitFor();
    // Expressions in the page's own terms (the tests compile without the DOM library).
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    const article = docs.getByRole("article");
    expect(await article.locator("script, iframe, [onerror], [style]").count()).toBe(0);
    const hrefs = await article.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((href) => /^javascript:/i.test(href))).toEqual([]);
    expect(await article.getByText("click me").evaluate((element) => element.tagName)).not.toBe("A");
    // Images only from the repository, at the commit read; the tracker is shown as its alt text.
    const sources = await article.locator("img").evaluateAll((images) => images.map((img) => img.getAttribute("src")));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(new RegExp(`/acme/${id}/raw/[0-9a-f]{40}/`));
    expect(sources.some((source) => source?.endsWith("/huge.png"))).toBe(true);
    await article.getByText("[tracker]").waitFor();
    const huge = article.getByRole("img", { name: "huge" });
    await huge.scrollIntoViewIfNeeded();
    await expect.poll(() => huge.evaluate((img: { naturalWidth?: number }) => img.naturalWidth)).toBe(6000);
    const fit = (await huge.boundingBox()) ?? { width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY };
    expect(fit.width).toBeLessThanOrEqual(900);
    expect(fit.height).toBeLessThanOrEqual(700);
    await article.getByText("overlay").click(); // plain text now: nothing covers the page
    // A link to another page of its docs opens it here; other files go to the repository at that commit.
    expect(await article.getByRole("link", { name: "the source" }).getAttribute("href")).toMatch(
      new RegExp(`/acme/${id}/blob/[0-9a-f]{40}/src/index\\.js$`),
    );
    await article.getByRole("link", { name: "the guide" }).click();
    await docs.getByRole("heading", { name: "Guide" }).waitFor();
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    await expectAccessible(page);
    await screenshot(page, "service-docs");
  });
});
