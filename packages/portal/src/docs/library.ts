import { DOC_PAGES } from "./topics";

/**
 * Plinth's own docs, from docs/*.md at build time: each page its own chunk, fetched when first read
 * (none is in the portal's initial bundle), and the screenshots they show as assets of the build.
 */
const sources = import.meta.glob("../../../../docs/*.md", { query: "?raw", import: "default" }) as Record<
  string,
  () => Promise<string>
>;
const screenshots = import.meta.glob("../../screenshots/*.png", {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const pageTitle = (page: string) => DOC_PAGES.find(([file]) => file === page)?.[1];

export async function loadPage(page: string): Promise<string | undefined> {
  return await sources[`../../../../docs/${page}.md`]?.();
}

/** A screenshot the docs show (`../packages/portal/screenshots/x.png` from docs/). */
export function screenshot(src: string): string | undefined {
  const name = src.match(/^\.\.\/packages\/portal\/screenshots\/([\w.-]+\.png)$/)?.[1];
  return name ? screenshots[`../../screenshots/${name}`] : undefined;
}
