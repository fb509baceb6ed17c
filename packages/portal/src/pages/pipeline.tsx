import type { Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { api } from "../api";
import { DataTable } from "../components/data-table";
import { Timeline } from "../components/timeline";
import {
  ConfirmButton,
  Loading,
  Page,
  ProblemMessage,
  pollUnlessGone,
  RecordProblem,
  Status,
  useNow,
} from "../components/ui";
import { atLeast, type Session } from "../session";
import { PipelineRuns } from "./delivery";

type Pipeline = Schemas["Pipeline"];
const WORKING = new Set(["SETTING_UP", "AWAITING_MERGE", "UPGRADING"]);

/** A pipeline: its setup's timeline, the pull request to review, the deploy roles, and its actions. */
export function PipelinePage({ serviceId, id, session }: { serviceId: string; id: string; session: Session }) {
  const now = useNow(2_000);
  const queries = useQueryClient();
  const pipeline = useQuery({
    queryKey: ["pipeline", serviceId, id],
    queryFn: async () =>
      (
        await api().GET("/v1/services/{id}/pipelines/{pipelineId}", {
          params: { path: { id: serviceId, pipelineId: id } },
        })
      ).data as Pipeline,
    refetchInterval: pollUnlessGone((data: Pipeline | undefined) =>
      data && !WORKING.has(data.status) ? false : 2_000,
    ),
  });
  const act = useMutation({
    mutationFn: async (verb: "upgrade" | "cancel" | "retry") => {
      const path = { id: serviceId, pipelineId: id };
      const answer =
        verb === "upgrade"
          ? await api().POST("/v1/services/{id}/pipelines/{pipelineId}/upgrade", { params: { path } })
          : verb === "cancel"
            ? await api().POST("/v1/services/{id}/pipelines/{pipelineId}/cancel", { params: { path } })
            : await api().POST("/v1/services/{id}/pipelines/{pipelineId}/retry", { params: { path } });
      return answer.data as Pipeline;
    },
    onSuccess: (next) => queries.setQueryData(["pipeline", serviceId, id], next),
  });
  if (pipeline.error)
    return (
      <RecordProblem
        error={pipeline.error}
        what="pipeline"
        id={id}
        back={{ href: `/services/${serviceId}`, label: `The service ${serviceId}` }}
      />
    );
  if (!pipeline.data) return <Loading what="the pipeline" />;
  const p = pipeline.data;
  const developer = atLeast(session, "developer");
  return (
    <Page
      how="pipeline"
      title={
        <>
          Pipeline of {p.serviceId} <Status value={p.status} />
        </>
      }
      actions={
        developer && (
          <>
            {p.upgradeAvailable && p.status === "ACTIVE" && (
              <button type="button" onClick={() => act.mutate("upgrade")} disabled={act.isPending}>
                Upgrade to {p.upgradeAvailable}
              </button>
            )}
            {p.status === "FAILED" && (
              <button type="button" onClick={() => act.mutate("retry")} disabled={act.isPending}>
                Retry
              </button>
            )}
            {(WORKING.has(p.status) || p.status === "FAILED") && (
              <ConfirmButton
                label="Cancel"
                question="Cancel this pipeline? Its pull request is closed, its branch deleted, and (for a setup) its deploy roles and GitHub environments removed."
                confirmLabel="Cancel the pipeline"
                danger
                onConfirm={() => act.mutate("cancel")}
              />
            )}
          </>
        )
      }
    >
      <p className="crumbs">
        <Link href="/services">Services</Link> / <Link href={`/services/${p.serviceId}`}>{p.serviceId}</Link> / {p.id}
      </p>
      {act.error ? <ProblemMessage error={act.error} /> : null}
      {p.failure && (
        <p className="status bad" role="alert">
          Failed at {p.failure.step}: {p.failure.cause}
        </p>
      )}
      <dl className="facts wide">
        <dt>Template</dt>
        <dd>
          {p.change.template.id} {p.change.template.version}
          {p.live && ` · live on ${p.repository.defaultBranch}: ${p.live.version}`}
          {p.upgradeAvailable && <strong> · upgrade available: {p.upgradeAvailable}</strong>}
        </dd>
        <dt>Repository</dt>
        <dd>
          {p.repository.htmlUrl ? (
            <a href={p.repository.htmlUrl}>
              {p.repository.owner}/{p.repository.name}
            </a>
          ) : (
            `${p.repository.owner}/${p.repository.name}`
          )}
          {p.repository.cloneUrl && (
            <>
              {" "}
              · <code>git clone {p.repository.cloneUrl}</code>
            </>
          )}
        </dd>
        <dt>Workflow file</dt>
        <dd>
          <code>{p.workflowPath}</code>
        </dd>
        <dt>Pull request</dt>
        <dd>
          {p.change.pullRequest ? (
            <a href={p.change.pullRequest.url}>
              #{p.change.pullRequest.number} · {p.change.pullRequest.url}
            </a>
          ) : (
            "not opened yet"
          )}
        </dd>
      </dl>
      <PipelineRuns serviceId={serviceId} pipelineId={id} active={p.live !== undefined} session={session} />
      <section aria-labelledby="roles-h">
        <h2 id="roles-h">Deploy roles</h2>
        <DataTable
          items={p.roles}
          keyOf={(role) => role.environment}
          columns={[
            { header: "Environment", cell: (role) => role.environment },
            { header: "Request", cell: (role) => <Link href={`/requests/${role.requestId}`}>{role.requestId}</Link> },
            { header: "Status", cell: (role) => <Status value={role.status ?? "—"} /> },
            { header: "Role", cell: (role) => (role.roleArn ? <code>{role.roleArn}</code> : "—") },
          ]}
        />
      </section>
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <Timeline entries={p.timeline} running={WORKING.has(p.status)} now={now} />
      </section>
    </Page>
  );
}

/** The service page's pipelines: each with its status and pull request, and the way to create one. */
export function ServicePipelines({
  serviceId,
  session,
  hasRepository,
}: {
  serviceId: string;
  session: Session;
  hasRepository: boolean;
}) {
  const pipelines = useQuery({
    queryKey: ["pipelines", serviceId],
    queryFn: async () => (await api().GET("/v1/services/{id}/pipelines", { params: { path: { id: serviceId } } })).data,
    refetchInterval: pollUnlessGone(() => 10_000),
  });
  const items = pipelines.data?.items ?? [];
  const live = items.some((p) => !["CANCELLED", "CLOSED"].includes(p.status));
  return (
    <section aria-labelledby="pipelines-h">
      <h2 id="pipelines-h">Pipelines</h2>
      {!hasRepository && <p className="muted">Name the service's GitHub repository (Edit) to give it a pipeline.</p>}
      {hasRepository && !live && atLeast(session, "developer") && (
        <p>
          <Link className="button" href={`/services/${serviceId}/pipelines/new`}>
            Create pipeline
          </Link>
        </p>
      )}
      {items.length > 0 && (
        <DataTable
          items={items}
          keyOf={(p) => p.id}
          columns={[
            { header: "Pipeline", cell: (p) => <Link href={`/services/${serviceId}/pipelines/${p.id}`}>{p.id}</Link> },
            { header: "Status", cell: (p) => <Status value={p.status} /> },
            {
              header: "Template",
              cell: (p) =>
                `${p.change.template.id} ${p.live?.version ?? p.change.template.version}${p.upgradeAvailable ? ` (upgrade: ${p.upgradeAvailable})` : ""}`,
            },
            {
              header: "Pull request",
              cell: (p) =>
                p.change.pullRequest ? <a href={p.change.pullRequest.url}>#{p.change.pullRequest.number}</a> : "—",
            },
          ]}
        />
      )}
    </section>
  );
}
