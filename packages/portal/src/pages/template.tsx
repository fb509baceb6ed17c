import { PlinthApiError, type Schemas } from "@plinth/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { api, idempotencyKey } from "../api";
import { PlanView } from "../components/plan";
import { fieldErrors, initialValues, type JsonSchema, SchemaFields, type Values } from "../components/schema-form";
import { Loading, Page, ProblemMessage, RecordProblem, useDebounced } from "../components/ui";
import { atLeast, type Session } from "../session";

type Body = Schemas["CreateProvisioningRequest"];

export function TemplatePage({ id, session }: { id: string; session: Session }) {
  const template = useQuery({
    queryKey: ["template", id],
    queryFn: async () => (await api().GET("/v1/templates/{id}", { params: { path: { id } } })).data,
    staleTime: 60_000,
  });
  if (template.error)
    return (
      <RecordProblem error={template.error} what="template" id={id} back={{ href: "/catalog", label: "The catalog" }} />
    );
  if (!template.data) return <Loading what="the template" />;
  return <RequestForm template={template.data} session={session} />;
}

function RequestForm({ template, session }: { template: Schemas["TemplateDetail"]; session: Session }) {
  const [, navigate] = useLocation();
  const me = useQuery({ queryKey: ["me"], queryFn: async () => (await api().GET("/v1/me")).data });
  const canRequest = atLeast(session, "developer");
  const ids = useId();
  const [name, setName] = useState("");
  const [team, setTeam] = useState(session.claims.teams[0] ?? "");
  const [environment, setEnvironment] = useState<"dev" | "staging" | "production">("dev");
  const [region, setRegion] = useState("us-east-1");
  const [ttlHours, setTtlHours] = useState("72");
  const [owner, setOwner] = useState("");
  const [costCenter, setCostCenter] = useState("");
  const [parameters, setParameters] = useState<Values>(() =>
    initialValues(template.parameters as JsonSchema, template.example.parameters),
  );
  useEffect(() => {
    const email = me.data?.profile && "email" in me.data.profile ? String(me.data.profile.email ?? "") : "";
    if (email) setOwner((current) => current || email);
  }, [me.data]);

  const body: Body = useMemo(
    () => ({
      template: template.id,
      name: name || "preview",
      ...(session.claims.teams.length > 1 ? { team } : {}),
      environment,
      region,
      parameters,
      tags: { ...(owner ? { owner } : {}), ...(costCenter ? { "cost-center": costCenter } : {}) },
      ...(ttlHours ? { ttlHours: Number(ttlHours) } : {}),
    }),
    [
      template.id,
      name,
      team,
      environment,
      region,
      parameters,
      owner,
      costCenter,
      ttlHours,
      session.claims.teams.length,
    ],
  );
  // The live plan: a dry run of what Submit would send, a moment after the last keystroke.
  const previewBody = useDebounced(body, 300);
  const plan = useQuery({
    queryKey: ["plan", previewBody],
    queryFn: async () =>
      (
        await api().POST("/v1/provisioning-requests", {
          params: { query: { dryRun: "true" } },
          body: previewBody,
        })
      ).data as Schemas["Plan"],
    retry: false,
    placeholderData: (previous) => previous,
  });

  // One key per distinct body: a double click, or a retry after a lost answer, makes one request.
  const key = useRef({ body: "", key: "" });
  const submit = useMutation({
    mutationFn: async (sent: Body) => {
      const text = JSON.stringify(sent);
      if (key.current.body !== text) key.current = { body: text, key: idempotencyKey() };
      return (
        await api().POST("/v1/provisioning-requests", {
          params: { header: { "idempotency-key": key.current.key } },
          body: sent,
        })
      ).data as Schemas["ProvisioningRequest"];
    },
    onSuccess: (request) => navigate(`/requests/${request.id}`),
  });

  const problem = submit.error ?? plan.error;
  const errors = problem instanceof PlinthApiError ? fieldErrors(problem.errors) : {};
  const top = (field: string) =>
    errors[field] ? (
      <small className="field-error" id={`${ids}-${field}-error`}>
        {errors[field]}
      </small>
    ) : null;
  const invalid = (field: string) =>
    errors[field] ? { "aria-invalid": true, "aria-describedby": `${ids}-${field}-error` } : {};
  const schema = template.parameters as JsonSchema;
  // Why Request is disabled, said where the button is (not only in the preview's policy table).
  const blockers = [
    ...(name ? [] : ["give it a name"]),
    ...(plan.data?.policies ?? [])
      .filter((policy) => policy.outcome === "deny")
      .map((policy) => `${policy.rule}: ${policy.reason}`),
  ];

  return (
    <Page title={template.title}>
      <p className="crumbs">
        <Link href="/">Catalog</Link> / {template.id} <span className="muted">v{template.version}</span>
      </p>
      <p className="lead">{template.description}</p>
      <div className="two-columns">
        <form
          aria-label="Request"
          onSubmit={(event) => {
            event.preventDefault();
            if (canRequest && !submit.isPending) submit.mutate({ ...body, name });
          }}
        >
          <fieldset disabled={!canRequest}>
            <legend>Request</legend>
            <div className="field">
              <label htmlFor={`${ids}-name`}>Name</label>
              <input
                id={`${ids}-name`}
                required
                maxLength={64}
                value={name}
                onChange={(event) => setName(event.target.value)}
                {...invalid("name")}
              />
              <small className="help">
                Resources are named plinth-&lt;stage&gt;-&lt;team&gt;-&lt;environment&gt;-&lt;name&gt;
              </small>
              {top("name")}
            </div>
            {session.claims.teams.length > 1 && (
              <div className="field">
                <label htmlFor={`${ids}-team`}>Team</label>
                <select id={`${ids}-team`} value={team} onChange={(event) => setTeam(event.target.value)}>
                  {session.claims.teams.map((option) => (
                    <option key={option}>{option}</option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={`${ids}-env`}>Environment</label>
              <select
                id={`${ids}-env`}
                value={environment}
                onChange={(event) => setEnvironment(event.target.value as typeof environment)}
              >
                <option value="dev">dev</option>
                <option value="staging">staging</option>
                <option value="production">production</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-region`}>Region</label>
              <input
                id={`${ids}-region`}
                value={region}
                onChange={(event) => setRegion(event.target.value)}
                {...invalid("region")}
              />
              {top("region")}
            </div>
            <div className="field">
              <label htmlFor={`${ids}-ttl`}>
                Time to live (hours){environment === "production" ? " (optional)" : ""}
              </label>
              <input
                id={`${ids}-ttl`}
                type="number"
                min={1}
                max={8760}
                value={ttlHours}
                onChange={(event) => setTtlHours(event.target.value)}
                {...invalid("ttlHours")}
              />
              <small className="help">Destroyed after this; extend it later from the request page</small>
              {top("ttlHours")}
            </div>
            <div className="field">
              <label htmlFor={`${ids}-owner`}>Owner (e-mail)</label>
              <input
                id={`${ids}-owner`}
                type="email"
                value={owner}
                onChange={(event) => setOwner(event.target.value)}
                {...invalid("tags.owner")}
              />
              {top("tags.owner")}
            </div>
            <div className="field">
              <label htmlFor={`${ids}-cc`}>Cost center</label>
              <input
                id={`${ids}-cc`}
                placeholder="e.g. CC-1234"
                value={costCenter}
                onChange={(event) => setCostCenter(event.target.value)}
                {...invalid("tags.cost-center")}
              />
              {top("tags.cost-center")}
              {top("tags")}
            </div>
          </fieldset>
          <fieldset disabled={!canRequest}>
            <legend>Parameters</legend>
            <SchemaFields
              schema={schema}
              values={parameters}
              onChange={setParameters}
              errors={errors}
              path="parameters"
            />
          </fieldset>
          {submit.error ? <ProblemMessage error={submit.error} /> : null}
          {canRequest ? (
            <div className="submit-row">
              <button
                type="submit"
                className="primary"
                disabled={submit.isPending || blockers.length > 0}
                aria-describedby={blockers.length > 0 ? `${ids}-blockers` : undefined}
              >
                {submit.isPending
                  ? "Submitting…"
                  : plan.data?.approval === "required"
                    ? "Request (needs approval)"
                    : "Request"}
              </button>
              {blockers.length > 0 && (
                <div id={`${ids}-blockers`} className="blockers" role="status">
                  <strong>Before you can request:</strong>
                  <ul>
                    {blockers.map((blocker) => (
                      <li key={blocker}>{blocker}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          ) : (
            <p className="muted">You can read the plan; requesting needs the developer role.</p>
          )}
        </form>
        <section aria-labelledby={`${ids}-plan`} className="plan-preview" aria-busy={plan.isFetching}>
          <h2 id={`${ids}-plan`}>Plan preview</h2>
          {plan.error && !submit.error ? <ProblemMessage error={plan.error} /> : null}
          {plan.data ? <PlanView plan={plan.data} /> : !plan.error && <Loading what="the plan" />}
        </section>
      </div>
    </Page>
  );
}
