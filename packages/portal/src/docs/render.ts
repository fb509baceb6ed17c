import DOMPurify from "dompurify";
import { Marked, type Tokens } from "marked";
import { pageSlugger } from "./headings";

/**
 * Markdown → safe HTML, for Plinth's own docs and for a service's README from its repository:
 * `marked` parses (GitHub-flavoured), headings get GitHub's anchors, every link and image target goes
 * through `resolve` (relative paths become the portal's or the repository's URLs), and DOMPurify
 * removes what could run or restyle the page (scripts, event handlers, `javascript:` URLs, forms,
 * frames, inline styles) — a hostile README renders inert.
 */
export interface Resolver {
  /** The URL a link goes to, or undefined to show it as plain text (a file the portal cannot open). */
  link(href: string): string | undefined;
  /** The URL an image loads from, or undefined to show its alt text instead. */
  image(src: string): string | undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

export function renderMarkdown(source: string, resolve: Resolver): string {
  const slug = pageSlugger();
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        return `<h${depth} id="${escapeHtml(slug(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const target = resolve.link(href);
        if (target === undefined) return `<span class="doc-path" title="${escapeHtml(href)}">${inner}</span>`;
        return `<a href="${escapeHtml(target)}" data-resolved=""${title ? ` title="${escapeHtml(title)}"` : ""}>${inner}</a>`;
      },
      image({ href, title, text }: Tokens.Image) {
        const source = resolve.image(href);
        if (source === undefined) return `<span class="doc-image-missing">[${escapeHtml(text)}]</span>`;
        return `<img src="${escapeHtml(source)}" data-resolved="" alt="${escapeHtml(text)}" loading="lazy" decoding="async"${title ? ` title="${escapeHtml(title)}"` : ""}>`;
      },
    },
  });
  // Code blocks and tables scroll sideways: focusable, so a keyboard can scroll them too.
  const html = (marked.parse(source) as string)
    .replaceAll("<pre>", '<pre tabindex="0">')
    .replaceAll("<table>", '<table tabindex="0">');
  // Links and images written as raw HTML get the same resolution as Markdown's (marked's are marked resolved).
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    const element = node as Element;
    if (element.hasAttribute?.("data-resolved")) {
      element.removeAttribute("data-resolved");
      return;
    }
    if (element.tagName === "A" && element.hasAttribute("href")) {
      const target = resolve.link(element.getAttribute("href") ?? "");
      if (target === undefined) element.removeAttribute("href");
      else element.setAttribute("href", target);
    }
    if (element.tagName === "IMG") {
      const source = resolve.image(element.getAttribute("src") ?? "");
      if (source === undefined) element.replaceWith(`[${element.getAttribute("alt") ?? "image"}]`);
      else {
        element.setAttribute("src", source);
        element.setAttribute("loading", "lazy");
      }
    }
  });
  try {
    return DOMPurify.sanitize(html, {
      FORBID_TAGS: [
        "style",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
      ],
      FORBID_ATTR: ["style", "srcset"],
    });
  } finally {
    DOMPurify.removeHook("afterSanitizeAttributes");
  }
}
