import { PlinthApiError, type Schemas } from "@plinth/client";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { api } from "../api";
import { type Resolver, renderMarkdown } from "../docs/render";
import { Loading, ProblemMessage } from "./ui";

type ServiceDocs = Schemas["ServiceDocs"];

/**
 * Links and images of a service's own docs: a page of its docs stays here; other relative paths go to
 * the file in the repository at the commit read; images load only from the repository (no tracking
 * pixels, nothing from elsewhere); `javascript:` and other schemes become plain text.
 */
function repositoryResolver(docs: ServiceDocs): Resolver {
  const inRepository = (href: string) => {
    const url = new URL(href, `https://repository.invalid/${docs.path}`);
    return url.host === "repository.invalid" ? { path: url.pathname.slice(1), hash: url.hash } : undefined;
  };
  return {
    link(href) {
      if (/^(https?:|mailto:)/i.test(href)) return href;
      if (href.startsWith("#")) return href;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
      const target = inRepository(href);
      if (!target) return undefined;
      if (docs.pages.includes(target.path)) return `#doc=${encodeURIComponent(target.path)}`;
      return `${docs.htmlUrl}/blob/${docs.sha}/${target.path}${target.hash}`;
    },
    image(src) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) return undefined;
      const target = inRepository(src);
      return target ? `${docs.htmlUrl}/raw/${docs.sha}/${target.path}` : undefined;
    },
  };
}

/** The service's README and docs/ pages, read from its repository through Plinth (loaded with the page's Docs section). */
export default function ServiceDocsView({ serviceId }: { serviceId: string }) {
  const [path, setPath] = useState("README.md");
  const docs = useQuery({
    queryKey: ["service-docs", serviceId, path],
    retry: false,
    staleTime: 60_000,
    queryFn: async () =>
      (await api().GET("/v1/services/{id}/docs", { params: { path: { id: serviceId }, query: { path } } }))
        .data as ServiceDocs,
  });
  const html = useMemo(
    () => (docs.data ? renderMarkdown(docs.data.markdown, repositoryResolver(docs.data)) : ""),
    [docs.data],
  );
  if (docs.error) {
    if (docs.error instanceof PlinthApiError && [404, 409].includes(docs.error.status))
      return <p className="muted">{docs.error.detail}</p>;
    return <ProblemMessage error={docs.error} />;
  }
  if (!docs.data) return <Loading what="the service's docs" />;
  const d = docs.data;
  return (
    <>
      <p className="muted small">
        <a href={`${d.htmlUrl}/blob/${d.sha}/${d.path}`}>
          {d.repository.owner}/{d.repository.name} · {d.path}
        </a>{" "}
        at <code>{d.sha.slice(0, 7)}</code> ({d.branch}){d.truncated && " — cut at 512 KiB"}
      </p>
      {d.pages.length > 1 && (
        <nav aria-label="Service docs pages">
          <ul className="inline-list">
            {d.pages.map((page) => (
              <li key={page}>
                <button
                  type="button"
                  className="link"
                  aria-current={page === d.path ? "page" : undefined}
                  onClick={() => setPath(page)}
                >
                  {page}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: it catches links' own clicks (a link's keyboard activation fires it too) */}
      <article
        className="markdown"
        onClick={(event) => {
          const href = (event.target as HTMLElement).closest("a")?.getAttribute("href");
          if (!href?.startsWith("#doc=")) return;
          event.preventDefault();
          setPath(decodeURIComponent(href.slice("#doc=".length)));
        }}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by marked and sanitised by DOMPurify (docs/render.ts)
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </>
  );
}
