import { useQuery } from "@tanstack/react-query";
import { type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { Loading } from "../components/ui";
import { headingsOf } from "../docs/headings";
import { loadPage, pageTitle, screenshot } from "../docs/library";
import { type Resolver, renderMarkdown } from "../docs/render";
import { DOC_PAGES } from "../docs/topics";

const base = import.meta.env.BASE_URL.replace(/\/$/, "");

/** Links between docs pages stay in the portal; README.md is the docs' overview; other repository files are shown as paths. */
function docsResolver(current: string): Resolver {
  return {
    link(href) {
      if (/^(https?:|mailto:)/i.test(href)) return href;
      if (href.startsWith("#")) return `${base}/docs/${current}${href}`;
      const [path = "", anchor] = href.split("#");
      const page = path.match(/^(?:\.\/)?([\w-]+)\.md$/)?.[1] ?? (path === "../README.md" ? "README" : undefined);
      if (!page || !pageTitle(page)) return undefined;
      return `${base}/docs/${page}${anchor ? `#${anchor}` : ""}`;
    },
    image: (src) => screenshot(src),
  };
}

/** Plinth's documentation, offline: the same Markdown as docs/, a table of contents, and search over every heading. */
export default function DocsPage({ page }: { page?: string }) {
  const current = page ?? "README";
  const [location, navigate] = useLocation();
  const [query, setQuery] = useState("");
  // Bumped by every link followed inside the docs: a new #section on the same page moves no route.
  const [jumps, setJumps] = useState(0);
  const jumped = () => setJumps((n) => n + 1);
  const article = useRef<HTMLElement>(null);
  const source = useQuery({ queryKey: ["doc", current], queryFn: () => loadPage(current), staleTime: Infinity });
  const index = useQuery({
    queryKey: ["docs-index"],
    staleTime: Infinity,
    enabled: query.trim().length > 0,
    queryFn: async () =>
      await Promise.all(
        DOC_PAGES.map(async ([file, title]) => ({ file, title, headings: headingsOf((await loadPage(file)) ?? "") })),
      ),
  });
  const html = useMemo(
    () => (source.data ? renderMarkdown(source.data, docsResolver(current)) : ""),
    [source.data, current],
  );
  const outline = useMemo(() => headingsOf(source.data ?? "").filter((h) => h.depth === 2), [source.data]);

  // The section a link named: scrolled to and focused once the page is rendered (a new page starts at the top).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location and the jumps are what change the hash
  useEffect(() => {
    if (!html) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target) {
      target.setAttribute("tabindex", "-1");
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    } else window.scrollTo(0, 0);
  }, [html, location, jumps]);

  // Links inside the rendered page move within the portal instead of reloading it.
  const follow = (event: MouseEvent<HTMLElement>) => {
    const anchor = (event.target as HTMLElement).closest("a");
    const href = anchor?.getAttribute("href");
    if (!href?.startsWith(`${base}/docs`) || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href.slice(base.length));
    jumped();
  };

  const needle = query.trim().toLowerCase();
  const matches = needle
    ? (index.data ?? []).flatMap(({ file, title, headings }) =>
        headings
          .filter((h) => h.text.toLowerCase().includes(needle))
          .map((h) => ({ file, title, heading: h, href: `/docs/${file}${h.depth === 1 ? "" : `#${h.id}`}` })),
      )
    : [];

  return (
    <div className="docs">
      <aside className="docs-nav" aria-label="Documentation">
        <search>
          <label htmlFor="docs-search">Search the docs</label>
          <input
            id="docs-search"
            type="search"
            value={query}
            placeholder="e.g. production gate"
            onChange={(event) => setQuery(event.target.value)}
          />
        </search>
        {needle ? (
          <section aria-live="polite" aria-label="Search results">
            {index.isLoading && <p className="muted">Reading the docs…</p>}
            {index.data && matches.length === 0 && <p className="muted">No heading mentions “{query.trim()}”.</p>}
            <ul className="docs-results">
              {matches.slice(0, 50).map((match) => (
                <li key={`${match.file}#${match.heading.id}`}>
                  <Link
                    href={match.href}
                    onClick={() => {
                      setQuery("");
                      jumped();
                    }}
                  >
                    {match.heading.text}
                  </Link>{" "}
                  <span className="muted">{match.title}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <nav aria-label="Docs pages">
            <ul>
              {DOC_PAGES.map(([file, title]) => (
                <li key={file}>
                  <Link href={`/docs/${file}`} aria-current={file === current ? "page" : undefined}>
                    {title}
                  </Link>
                  {file === current && outline.length > 0 && (
                    <ul>
                      {outline.map((h) => (
                        <li key={h.id}>
                          <Link href={`/docs/${file}#${h.id}`} onClick={jumped}>
                            {h.text}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </aside>
      {source.isLoading ? (
        <Loading what="the page" />
      ) : source.data === undefined ? (
        <section>
          <h1>No such page</h1>
          <p>
            There is no docs page “{current}”. <Link href="/docs">The docs' overview</Link>
          </p>
        </section>
      ) : (
        // biome-ignore lint/a11y/useKeyWithClickEvents: it catches links' own clicks (a link's keyboard activation fires it too)
        <article
          ref={article}
          className="markdown"
          onClick={follow}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by marked and sanitised by DOMPurify (docs/render.ts)
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </div>
  );
}
