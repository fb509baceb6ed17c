import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { portalDist, portalRoot } from "../../packages/local/src/portal";
import { launchChromium, seriousViolations } from "./browser";
import { useLocalCloud } from "./local-cloud";
import { checkResponse } from "./openapi-contract";

/**
 * The portal in real Chromium against a real local cloud (its own stage, served at /portal/ as
 * `npm start` serves it). Time runs 100× fast: a 5 s stack poll takes 50 ms, an hour's approval
 * window 36 s. Each journey gets a fresh browser context (no shared storage).
 */
export function usePortal(prefix: string, timeScale = 0.01) {
  const local = useLocalCloud(prefix, { timeScale, portal: portalOption });
  return { ...local, ...useBrowser(() => local.cloud().apiUrl) };
}

/** What a local cloud needs to serve the portal. */
export const portalOption = { distDir: portalDist };

/** Chromium for one test file, against the portal of the cloud at `apiUrl()`. */
export function useBrowser(apiUrl: () => string) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const contractBreaches: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    // What the portal received from the API, held to the OpenAPI document like every e2e answer.
    expect(contractBreaches).toEqual([]);
  });

  const holdToContract = async (response: Response) => {
    if (!response.url().startsWith(`${apiUrl()}/v1`)) return;
    const request = response.request();
    try {
      const body = request.method() === "HEAD" ? "" : await response.text();
      checkResponse(
        request.method(),
        response.url(),
        response.status(),
        response.headers()["content-type"] ?? null,
        body,
      );
    } catch (error) {
      // A page closed mid-answer has no body to read: nothing to hold.
      if (/Target page, context or browser has been closed|No resource with given identifier/.test(String(error)))
        return;
      contractBreaches.push(error instanceof Error ? error.message : String(error));
    }
  };

  const url = (path: string) => `${apiUrl()}/portal${path}`;

  /** A new browser (storage and all) signed in as a dev user through the local OpenID provider, at `path`. */
  const openAs = async (name: RegExp, path = "/", viewport = { width: 1280, height: 900 }): Promise<Page> => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on("response", holdToContract);
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    await page.goto(url(path));
    await signInThroughProvider(page, name);
    return page;
  };

  /** axe-core on the page as shown now: no serious or critical violation (and no script error so far). */
  const expectAccessible = async (page: Page) => {
    expect(await seriousViolations(page), `axe on ${page.url()}`).toEqual([]);
    expect(pageErrors).toEqual([]);
  };

  /** With PLINTH_UPDATE_SCREENSHOTS=1 the journeys refresh the README's screenshots. */
  const screenshot = async (page: Page, name: string) => {
    if (process.env.PLINTH_UPDATE_SCREENSHOTS !== "1") return;
    const folder = join(portalRoot, "screenshots");
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
  };

  return { url, openAs, expectAccessible, screenshot };
}

/**
 * From the portal's sign-in page through the local OpenID provider's login page (authorization code
 * with PKCE) and back to the portal, signed in as the dev user named `name`.
 */
export async function signInThroughProvider(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("heading", { name: "Sign in to Plinth", exact: true }).waitFor();
  await page.getByRole("button", { name: /Sign in with/ }).click();
  await page.getByRole("heading", { name: "Sign in to Plinth (local)" }).waitFor();
  await page.getByRole("button", { name }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}
