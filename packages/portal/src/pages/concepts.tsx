import { Link } from "wouter";
import { Page } from "../components/ui";

/** The platform's ideas in one page: what the other pages act on (the README's concepts, condensed). */
export function Concepts({ docsUrl }: { docsUrl: string }) {
  return (
    <Page title="How Plinth works">
      <section aria-labelledby="c-requests">
        <h2 id="c-requests">Requests</h2>
        <p>
          You ask for infrastructure from the <Link href="/">catalog</Link>. Plinth renders the template, estimates the
          monthly cost and evaluates every policy (naming, regions, required tags, time to live, your team's budget)
          into a <strong>plan</strong> with a hash. Production changes and high-risk templates wait for an approver of
          your team, who approves that exact plan hash. A workflow then plans a CloudFormation change set, applies it
          and records the outputs; outside production a request expires after its time to live unless you extend it. A
          failed request can be retried (finished steps are skipped) or destroyed.
        </p>
      </section>
      <section aria-labelledby="c-pipelines">
        <h2 id="c-pipelines">Services and pipelines</h2>
        <p>
          A <Link href="/services">service</Link> is what a team owns and ships; requests, datasets and incidents name
          it. A service with a GitHub repository can get a <strong>pipeline</strong>: Plinth renders a GitHub Actions
          workflow from a versioned template, checks it with actionlint, provisions one deploy role per environment (AWS
          through OpenID Connect, no stored keys; production's waits for an approver) and proposes the workflow as a
          pull request. Merged, the pipeline is active; when its template gets a newer version, Plinth offers the
          upgrade as another pull request that changes only the workflow file.
        </p>
      </section>
      <section aria-labelledby="c-data">
        <h2 id="c-data">Datasets and the medallion lake</h2>
        <p>
          Files land in <code>lake/landing/&lt;dataset&gt;/&lt;partition&gt;/</code> and move{" "}
          <strong>bronze → silver → gold</strong>. Silver is the data contract enforced: typed columns, a primary key,
          and checks; rows that fail a check are <strong>set aside</strong> (quarantined) with their reasons, and a
          partition that fails a gate is not published. Every promotion writes a new immutable version; a stage points
          at one version per partition, so a rollback is one pointer move. Changing a contract in a way that breaks
          readers needs the owner team's explicit consent.
        </p>
      </section>
      <section aria-labelledby="c-remediation">
        <h2 id="c-remediation">Incidents and runbooks</h2>
        <p>
          An alarm opens an incident; the matching runbook proposes an action inside <strong>guardrails</strong>: a kill
          switch, a cooldown per resource, hourly budgets per team and overall, a circuit breaker per runbook, and
          approvals for risky actions. After acting it verifies the alarm recovered; if not, it escalates to a person.
          Runbooks roll out from shadow (decide, do nothing) to approval to automatic.
        </p>
      </section>
      <section aria-labelledby="c-roles">
        <h2 id="c-roles">Teams and roles</h2>
        <p>
          You see your teams' work only. A <strong>viewer</strong> reads; a <strong>developer</strong> requests,
          promotes and handles incidents; an <strong>approver</strong> also approves; the platform team's{" "}
          <strong>admin</strong> can do everything, including the kill switch and runbook modes. The portal shows only
          what your role allows.
        </p>
      </section>
      <p>
        Everything here is also an HTTPS API (<a href={docsUrl}>API reference</a>) and a CLI (<code>plinth --help</code>
        ).
      </p>
    </Page>
  );
}
