import GithubSlugger from "github-slugger";
import { Marked, type Token } from "marked";

/**
 * What a Markdown page links to and which anchors it offers — with GitHub's own slugs
 * (`github-slugger`), so an anchor that works on github.com works in the portal, the CLI and the
 * link checker alike. No DOM here: the link checker runs it under Node.
 */
export interface Heading {
  depth: number;
  text: string;
  id: string;
}

const markdown = new Marked({ gfm: true });

/** A heading's words as GitHub slugs them: link targets, images and emphasis marks dropped. */
export function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]/g, "")
    .trim();
}

/** A slugger for one page: repeated headings get -1, -2 … as on GitHub. */
export function pageSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(headingText(text));
}

export function tokensOf(source: string): Token[] {
  return markdown.lexer(source);
}

export function headingsOf(source: string): Heading[] {
  const slug = pageSlugger();
  const headings: Heading[] = [];
  markdown.walkTokens(tokensOf(source), (token) => {
    if (token.type === "heading")
      headings.push({ depth: token.depth, text: headingText(token.text), id: slug(token.text) });
  });
  return headings;
}

/** Every link and image target of a page, in order. */
export function linksOf(source: string): { href: string; image: boolean }[] {
  const links: { href: string; image: boolean }[] = [];
  markdown.walkTokens(tokensOf(source), (token) => {
    if (token.type === "link" || token.type === "image")
      links.push({ href: token.href, image: token.type === "image" });
  });
  return links;
}
