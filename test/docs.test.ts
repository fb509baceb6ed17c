import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { headingsOf, linksOf } from "../packages/portal/src/docs/headings";
import { DOC_PAGES, HOW_IT_WORKS } from "../packages/portal/src/docs/topics";

// The documentation holds together: every relative link in the README and docs/ reaches a file of
// the repository, every #anchor a heading of that page (GitHub's slugs, as the portal renders them),
// the portal lists every page, and its "How this works" links land on headings that exist.
const root = resolve(import.meta.dirname, "..");
const docs = join(root, "docs");
const pages = ["README.md", ...readdirSync(docs).map((file) => `docs/${file}`)].filter((file) => file.endsWith(".md"));
const anchorsOf = (file: string) => new Set(headingsOf(readFileSync(join(root, file), "utf8")).map((h) => h.id));

describe("the README and docs/", () => {
  it("keep the README a front door (≤ 200 lines) and every other page in docs/", () => {
    expect(readFileSync(join(root, "README.md"), "utf8").split("\n").length).toBeLessThanOrEqual(200);
    expect(pages.length).toBeGreaterThan(15);
  });

  it.each(pages)("%s: every relative link and anchor resolves", (page) => {
    const broken: string[] = [];
    for (const { href } of linksOf(readFileSync(join(root, page), "utf8"))) {
      if (/^[a-z]+:/i.test(href)) continue; // https:, mailto: — outside the repository
      const [path = "", anchor] = href.split("#");
      const target = path ? relative(root, resolve(dirname(join(root, page)), decodeURI(path))) : page;
      if (target.startsWith("..") || !existsSync(join(root, target))) {
        broken.push(`${href}: no file ${target}`);
        continue;
      }
      if (anchor && target.endsWith(".md") && !anchorsOf(target).has(anchor))
        broken.push(`${href}: ${target} has no heading #${anchor}`);
      if (anchor && !target.endsWith(".md")) broken.push(`${href}: an anchor into a file that is not Markdown`);
      if (!anchor && statSync(join(root, target)).isDirectory()) broken.push(`${href}: a folder, not a page`);
    }
    expect(broken).toEqual([]);
  });

  it("the portal lists every docs page, and its How-this-works links land on real headings", () => {
    const listed = DOC_PAGES.map(([file]) => `docs/${file}.md`).sort();
    expect(listed).toEqual(pages.filter((page) => page.startsWith("docs/")).sort());
    const missing = Object.entries(HOW_IT_WORKS)
      .filter(([, target]) => !anchorsOf(`docs/${target.page}.md`).has(target.section))
      .map(([topic, target]) => `${topic} → docs/${target.page}.md#${target.section}`);
    expect(missing).toEqual([]);
  });
});
