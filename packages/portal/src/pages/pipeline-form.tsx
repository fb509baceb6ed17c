import { PlinthApiError, type Schemas } from "@plinth/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { api, idempotencyKey } from "../api";
import { fieldErrors, type JsonSchema, SchemaFields, type Values } from "../components/schema-form";
import { Loading, Page, ProblemMessage, useDebounced } from "../components/ui";
import { atLeast, type Session } from "../session";

type Body = Schemas["CreatePipeline"];
type Plan = Schemas["PipelinePlan"];
const ENVIRONMENTS = ["dev", "staging", "production"] as const;

/**
 * Create a service's pipeline: pick a template, fill its parameters, see the workflow file Plinth
 * would propose (checked by actionlint), the deploy roles and their approvals, then submit and follow
 * the setup on the pipeline's page.
 */
export function PipelineForm({ serviceId, session }: { serviceId: string; session: Session }) {
  const [, navigate] = useLocation();
  const ids = useId();
  const templates = useQuery({
    queryKey: ["pipeline-templates"],
    queryFn: async () => (await api().GET("/v1/pipeline-templates")).data,
    staleTime: 60_000,
  });
  const me = useQuery({ queryKey: ["me"], queryFn: async () => (await api().GET("/v1/me")).data });
  const [templateId, setTemplateId] = useState("node-lambda-sst");
  const [environments, setEnvironments] = useState<string[]>(["dev", "production"]);
  const [parameters, setParameters] = useState<Values>({});
  const [owner, setOwner] = useState("");
  const [costCenter, setCostCenter] = useState("");
  useEffect(() => {
    const email = me.data?.profile && "email" in me.data.profile ? String(me.data.profile.email ?? "") : "";
    if (email) setOwner((current) => current || email);
  }, [me.data]);
  const template = templates.data?.items.find((candidate) => candidate.id === templateId);
  // Environments are chosen with the checkboxes above the form; the rest of the schema is the form.
  const schema = useMemo(() => {
    const full = (template?.parameters ?? {}) as JsonSchema;
    const { environments: _environments, ...properties } = full.properties ?? {};
    return { ...full, properties } as JsonSchema;
  }, [template]);

  const body: Body = useMemo(
    () => ({
      template: templateId,
      parameters: { ...parameters, environments: ENVIRONMENTS.filter((env) => environments.includes(env)) },
      tags: { ...(owner ? { owner } : {}), ...(costCenter ? { "cost-center": costCenter } : {}) },
    }),
    [templateId, parameters, environments, owner, costCenter],
  );
  const previewBody = useDebounced(body, 300);
  const plan = useQuery({
    queryKey: ["pipeline-plan", serviceId, previewBody],
    queryFn: async () =>
      (
        await api().POST("/v1/services/{id}/pipelines", {
          params: { path: { id: serviceId }, query: { dryRun: "true" } },
          body: previewBody,
        })
      ).data as Plan,
    retry: false,
    placeholderData: (previous) => previous,
  });
  const key = useRef({ body: "", key: "" });
  const submit = useMutation({
    mutationFn: async (sent: Body) => {
      const text = JSON.stringify(sent);
      if (key.current.body !== text) key.current = { body: text, key: idempotencyKey() };
      return (
        await api().POST("/v1/services/{id}/pipelines", {
          params: { path: { id: serviceId }, header: { "idempotency-key": key.current.key } },
          body: sent,
        })
      ).data as Schemas["Pipeline"];
    },
    onSuccess: (pipeline) => navigate(`/services/${serviceId}/pipelines/${pipeline.id}`),
  });
  if (!templates.data) return <Loading what="the pipeline templates" />;
  const canCreate = atLeast(session, "developer");
  const problem = submit.error ?? plan.error;
  const errors = problem instanceof PlinthApiError ? fieldErrors(problem.errors) : {};

  return (
    <Page title="Create a pipeline">
      <p className="crumbs">
        <Link href="/services">Services</Link> / <Link href={`/services/${serviceId}`}>{serviceId}</Link> / pipeline
      </p>
      <p className="lead">
        Plinth generates a GitHub Actions workflow from a template, checks it with actionlint, provisions a deploy role
        per environment (AWS through OIDC: no stored keys) and proposes the workflow as a pull request.
      </p>
      <div className="two-columns">
        <form
          aria-label="Create pipeline"
          onSubmit={(event) => {
            event.preventDefault();
            if (canCreate && !submit.isPending) submit.mutate(body);
          }}
        >
          <fieldset disabled={!canCreate}>
            <legend>Template</legend>
            <div className="field">
              <label htmlFor={`${ids}-template`}>Pipeline template</label>
              <select
                id={`${ids}-template`}
                value={templateId}
                onChange={(event) => {
                  setTemplateId(event.target.value);
                  setParameters({});
                }}
              >
                {templates.data.items.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.title} ({option.id} {option.version})
                  </option>
                ))}
              </select>
              {template && <small className="help">{template.description}</small>}
            </div>
            <fieldset className="choices">
              <legend>Deploys to, in order</legend>
              {ENVIRONMENTS.map((env) => (
                <label key={env}>
                  <input
                    type="checkbox"
                    checked={environments.includes(env)}
                    onChange={(event) =>
                      setEnvironments((current) =>
                        event.target.checked ? [...current, env] : current.filter((chosen) => chosen !== env),
                      )
                    }
                  />{" "}
                  {env}
                </label>
              ))}
              {errors["parameters.environments"] && (
                <small className="field-error">{errors["parameters.environments"]}</small>
              )}
            </fieldset>
            <div className="field">
              <label htmlFor={`${ids}-owner`}>Deploy roles' owner (e-mail)</label>
              <input
                id={`${ids}-owner`}
                type="email"
                value={owner}
                onChange={(event) => setOwner(event.target.value)}
              />
              {errors.tags && <small className="field-error">{errors.tags}</small>}
            </div>
            <div className="field">
              <label htmlFor={`${ids}-cc`}>Cost center</label>
              <input
                id={`${ids}-cc`}
                placeholder="e.g. CC-1234"
                value={costCenter}
                onChange={(event) => setCostCenter(event.target.value)}
              />
            </div>
          </fieldset>
          <fieldset disabled={!canCreate}>
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
          {canCreate ? (
            <div className="submit-row">
              <button type="submit" className="primary" disabled={submit.isPending || !plan.data || !!plan.error}>
                {submit.isPending ? "Creating…" : "Create pipeline"}
              </button>
            </div>
          ) : (
            <p className="muted">You can read the plan; creating a pipeline needs the developer role.</p>
          )}
        </form>
        <section aria-labelledby={`${ids}-plan`} className="plan-preview" aria-busy={plan.isFetching}>
          <h2 id={`${ids}-plan`}>What it will do</h2>
          {plan.error && !submit.error ? <ProblemMessage error={plan.error} /> : null}
          {plan.data ? <PipelinePlanView plan={plan.data} /> : !plan.error && <Loading what="the plan" />}
        </section>
      </div>
    </Page>
  );
}

function PipelinePlanView({ plan }: { plan: Plan }) {
  return (
    <>
      <p>
        <strong>
          {plan.template.id} {plan.template.version}
        </strong>{" "}
        → {plan.repository.owner}/{plan.repository.name}, pull request <em>{plan.pullRequest.title}</em> from{" "}
        <code>{plan.pullRequest.branch}</code>
      </p>
      <p className={plan.lint.findings.length === 0 ? "status ok" : "status bad"}>
        {plan.lint.tool}: {plan.lint.findings.length === 0 ? "no findings" : `${plan.lint.findings.length} finding(s)`}
      </p>
      <table>
        <caption>Deploy roles (github-deploy-role, through provisioning)</caption>
        <thead>
          <tr>
            <th scope="col">Environment</th>
            <th scope="col">Trusts exactly</th>
            <th scope="col">Approval</th>
          </tr>
        </thead>
        <tbody>
          {plan.roles.map((role) => (
            <tr key={role.environment}>
              <td>{role.environment}</td>
              <td>
                <code>{role.subject}</code>
              </td>
              <td>{role.approval === "required" ? "an approver of the team" : "not required"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figure className="yaml">
        <figcaption>
          <code>{plan.workflowPath}</code>
        </figcaption>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
        <pre tabIndex={0}>{plan.yaml}</pre>
      </figure>
    </>
  );
}
