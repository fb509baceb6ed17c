import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startLocalCloud } from "../packages/local/src/cloud";
import { ensurePortalBuilt, portalDist } from "../packages/local/src/portal";
import { launchChromium } from "../test/support/browser";
import { machine, percentile, smoke, table } from "./support";

/**
 * The portal: its bundle (what the first page load fetches, raw and gzip) and cold loads in Chromium
 * (a fresh browser context each round: empty cache, signed in) from navigation until the content a
 * user came for is on screen — the catalog's cards, a request's timeline.
 */
const rounds = smoke ? 3 : 15;
const build = await ensurePortalBuilt();

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const html = readFileSync(join(portalDist, "index.html"), "utf8");
const assets = readdirSync(join(portalDist, "assets")).filter((name) => /\.(js|css)$/.test(name));
const bundle = assets.map((name) => {
  const bytes = readFileSync(join(portalDist, "assets", name));
  return { name, initial: html.includes(name), raw: bytes.length, gzip: gzipSync(bytes).length };
});
const initialGzip = bundle.filter((file) => file.initial).reduce((sum, file) => sum + file.gzip, 0);

const cloud = await startLocalCloud({
  stage: "bench",
  timeScale: 0.001,
  logLevel: "ERROR",
  portal: { distDir: portalDist },
});
const browser = await launchChromium();
try {
  const headers = { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" };
  const created = await fetch(`${cloud.apiUrl}/v1/provisioning-requests`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      template: "sqs-queue",
      name: "bench",
      ttlHours: 24,
      tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
    }),
  });
  const request = (await created.json()) as { id: string };

  const coldLoad = async (path: string, shown: string) => {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext();
      await context.addInitScript((token) => {
        (globalThis as unknown as { localStorage: Storage }).localStorage.setItem("plinth.session", token);
      }, cloud.tokens.ALICE as string);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${cloud.apiUrl}/portal${path}`);
      await page.locator(shown).first().waitFor();
      times.push(performance.now() - started);
      await context.close();
    }
    return times.sort((a, b) => a - b);
  };
  const catalog = await coldLoad("/", ".cards .card");
  const requestPage = await coldLoad(`/requests/${request.id}`, ".timeline li");

  console.log(`\n## Portal (${machine()}, Chromium, ${rounds} cold loads each)\n`);
  console.log(
    table(
      ["asset", "loaded first", "raw", "gzip"],
      bundle.map((file) => [file.name, file.initial ? "yes" : "on demand", kib(file.raw), kib(file.gzip)]),
    ),
  );
  console.log(
    `\nInitial JavaScript + CSS: ${kib(initialGzip)} gzip (goal ≤ 200 KB). Build: ${build.built ? `${(build.ms / 1000).toFixed(1)} s` : "up to date"}.\n`,
  );
  console.log(
    table(
      ["cold load (navigation → content shown)", "p50 ms", "p95 ms", "max ms"],
      [
        ["catalog (cards)", percentile(catalog, 0.5), percentile(catalog, 0.95), catalog.at(-1) ?? Number.NaN],
        [
          "request page (timeline)",
          percentile(requestPage, 0.5),
          percentile(requestPage, 0.95),
          requestPage.at(-1) ?? Number.NaN,
        ],
      ],
    ),
  );
} finally {
  await browser.close();
  await cloud.stop();
}
