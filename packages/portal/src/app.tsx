import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { Link, Redirect, Route, Router, Switch, useLocation } from "wouter";
import { api, signInPath } from "./api";
import { endSignIn } from "./auth";
import type { PortalConfig } from "./config";
import { Approvals } from "./pages/approvals";
import { Catalog } from "./pages/catalog";
import { CostPage } from "./pages/cost";
import { DatasetPage } from "./pages/dataset";
import { Datasets } from "./pages/datasets";
import { DoraPage, RunPage } from "./pages/delivery";
import { IncidentPage } from "./pages/incident";
import { Incidents } from "./pages/incidents";
import { InsightsPage } from "./pages/insights";
import { PipelinePage } from "./pages/pipeline";
import { PipelineForm } from "./pages/pipeline-form";
import { RecommendationsPage } from "./pages/recommendations";
import { Remediation } from "./pages/remediation";
import { RequestPage, waitsForDecision } from "./pages/request";
import { Requests } from "./pages/requests";
import { ServicePageView } from "./pages/service";
import { ServiceForm } from "./pages/service-form";
import { Services } from "./pages/services";
import { AuthCallback, SignIn } from "./pages/sign-in";
import { TemplatePage } from "./pages/template";
import { atLeast, currentSession, onSessionChange, type Session } from "./session";

// The docs (their renderer and pages) load when first opened: none of it is in the initial bundle.
const DocsPage = lazy(() => import("./pages/docs"));

const base = import.meta.env.BASE_URL.replace(/\/$/, "");

export function useSession(): Session | undefined {
  const token = useSyncExternalStore(onSessionChange, () => currentSession()?.token);
  return token ? currentSession() : undefined;
}

export function App({ config }: { config: PortalConfig }) {
  return (
    <Router base={base}>
      <Switch>
        <Route path="/sign-in">
          <SignIn config={config} />
        </Route>
        <Route path="/auth/callback">
          <AuthCallback config={config} />
        </Route>
        <Route>
          <SignedIn config={config} />
        </Route>
      </Switch>
    </Router>
  );
}

function SignedIn({ config }: { config: PortalConfig }) {
  const session = useSession();
  const [location] = useLocation();
  // A token that lapses while the page is open sends you to sign-in at its expiry, not at the next click.
  useEffect(() => {
    if (!session) return;
    const left = session.claims.exp * 1000 - Date.now();
    const timer = setTimeout(() => window.location.assign(`${base}${signInPath("expired")}`), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [session]);
  if (!session || session.claims.exp * 1000 <= Date.now()) {
    return <Redirect to={signInPath(session ? "expired" : undefined)} replace />;
  }
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <Header config={config} session={session} location={location} />
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/">
            <Catalog />
          </Route>
          <Route path="/catalog/:id">{(params) => <TemplatePage id={params.id} session={session} />}</Route>
          <Route path="/services">
            <Services session={session} />
          </Route>
          <Route path="/services/new">
            <ServiceForm session={session} />
          </Route>
          <Route path="/services/:id/pipelines/new">
            {(params) => <PipelineForm serviceId={params.id} session={session} />}
          </Route>
          <Route path="/services/:id/pipelines/:pipelineId/runs/:runId">
            {(params) => (
              <RunPage
                serviceId={params.id}
                pipelineId={params.pipelineId}
                runId={Number(params.runId)}
                session={session}
              />
            )}
          </Route>
          <Route path="/services/:id/dora">{(params) => <DoraPage serviceId={params.id} />}</Route>
          <Route path="/services/:id/pipelines/:pipelineId">
            {(params) => <PipelinePage serviceId={params.id} id={params.pipelineId} session={session} />}
          </Route>
          <Route path="/services/:id/edit">{(params) => <ServiceForm id={params.id} session={session} />}</Route>
          <Route path="/services/:id">{(params) => <ServicePageView id={params.id} session={session} />}</Route>
          <Route path="/requests">
            <Requests session={session} />
          </Route>
          <Route path="/requests/:id">{(params) => <RequestPage id={params.id} session={session} />}</Route>
          <Route path="/approvals">
            <Approvals session={session} />
          </Route>
          <Route path="/datasets">
            <Datasets />
          </Route>
          <Route path="/datasets/:id">{(params) => <DatasetPage id={params.id} session={session} />}</Route>
          <Route path="/incidents">
            <Incidents session={session} />
          </Route>
          <Route path="/incidents/:id">{(params) => <IncidentPage id={params.id} session={session} />}</Route>
          <Route path="/cost">
            <CostPage session={session} />
          </Route>
          <Route path="/cost/recommendations">
            <RecommendationsPage session={session} />
          </Route>
          <Route path="/insights">
            <InsightsPage session={session} />
          </Route>
          <Route path="/remediation">
            <Remediation session={session} />
          </Route>
          <Route path="/concepts">
            <Redirect to="/docs/concepts" replace />
          </Route>
          <Route path="/docs/:page?">
            {(params) => (
              <Suspense fallback={<p className="muted">Loading the docs…</p>}>
                <DocsPage page={params.page} />
              </Suspense>
            )}
          </Route>
          <Route>
            <h1>Not found</h1>
            <p>
              There is no page at <code>{location}</code>. <Link href="/">Back to the catalog</Link>
            </p>
          </Route>
        </Switch>
      </main>
    </>
  );
}

const NAV = [
  ["/", "Catalog"],
  ["/services", "Services"],
  ["/requests", "Requests"],
  ["/approvals", "Approvals"],
  ["/datasets", "Datasets"],
  ["/incidents", "Incidents"],
  ["/remediation", "Remediation"],
  ["/insights", "Insights"],
  ["/cost", "Cost"],
] as const;

function Header({ config, session, location }: { config: PortalConfig; session: Session; location: string }) {
  const approver = atLeast(session, "approver");
  const waiting = useQuery({
    queryKey: ["approvals-count"],
    enabled: approver,
    refetchInterval: 10_000,
    queryFn: async () => {
      const [requests, deploys] = await Promise.all([
        api().GET("/v1/provisioning-requests", { params: { query: { status: "AWAITING_APPROVAL", limit: 100 } } }),
        api().GET("/v1/deployment-approvals", { params: { query: {} } }),
      ]);
      return {
        requests: requests.data?.items ?? [],
        deploys: deploys.data?.items ?? [],
      };
    },
  });
  const count =
    (waiting.data?.requests.filter((request) => request.requestedBy !== session.claims.sub && waitsForDecision(request))
      .length ?? 0) +
    (waiting.data?.deploys.filter(
      (gate) => gate.status === "WAITING" && ![gate.dispatchedBy, gate.requestedBy].includes(session.claims.sub),
    ).length ?? 0);
  const memberships = `${session.claims.teams.join(", ") || "no team"} · ${session.claims.roles.join(", ") || "no role"}`;
  return (
    <header className="top">
      <div className="brand">
        <Link href="/">Plinth</Link> <span className="stage">{config.stage}</span>
      </div>
      <nav aria-label="Main">
        <ul>
          {NAV.filter(([href]) => href !== "/approvals" || approver).map(([href, label]) => {
            const current =
              href === "/" ? location === "/" || location.startsWith("/catalog") : location.startsWith(href);
            return (
              <li key={href}>
                <Link href={href} aria-current={current ? "page" : undefined}>
                  {label}
                  {href === "/approvals" && count > 0 && (
                    <span className="badge">
                      {count}
                      <span className="visually-hidden"> waiting</span>
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
          <li>
            <Link href="/docs" aria-current={location.startsWith("/docs") ? "page" : undefined}>
              Docs
            </Link>
          </li>
          <li>
            <a href={config.docsUrl} aria-label="API reference">
              API
            </a>
          </li>
        </ul>
      </nav>
      {/* Name over teams and roles, so a person with several of each still fits the header's one line. */}
      <div className="who">
        <span className="who-name" title={session.claims.sub}>
          {session.claims.name ?? session.claims.sub}
        </span>
        <button type="button" className="link" onClick={() => void endSignIn(config)}>
          Sign out
        </button>
        <span className="who-roles muted" title={memberships}>
          {memberships}
        </span>
      </div>
    </header>
  );
}
