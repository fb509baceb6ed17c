import type { Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Link } from "wouter";
import { api, idempotencyKey } from "../api";
import { ContractEditor } from "../components/contract-editor";
import { useFilters } from "../components/filters";
import { QualityChart } from "../components/quality-chart";
import {
  ConfirmButton,
  duration,
  Loading,
  Page,
  ProblemMessage,
  pollUnlessGone,
  RecordProblem,
  ServiceFact,
  Status,
} from "../components/ui";
import { atLeast, type Session } from "../session";

type Stage = "landing" | "bronze" | "silver" | "gold";
const STAGES: Stage[] = ["landing", "bronze", "silver", "gold"];

export function DatasetPage({ id, session }: { id: string; session: Session }) {
  const [filters, setFilter] = useFilters();
  const dataset = useQuery({
    queryKey: ["dataset", id],
    queryFn: async () => (await api().GET("/v1/datasets/{id}", { params: { path: { id } } })).data,
    refetchInterval: pollUnlessGone((data) =>
      data?.lastRuns.some((run) => run.status === "RUNNING") ? 1_000 : 10_000,
    ),
  });
  if (dataset.error)
    return (
      <RecordProblem error={dataset.error} what="dataset" id={id} back={{ href: "/datasets", label: "All datasets" }} />
    );
  if (!dataset.data) return <Loading what="the dataset" />;
  const d = dataset.data;
  const partitions = [...new Set(d.stages.flatMap((stage) => stage.partitions.map((p) => p.partition)))]
    .sort()
    .reverse();
  const partition = filters.get("partition") ?? partitions[0] ?? "";
  const stage = (filters.get("stage") as Exclude<Stage, "landing"> | null) ?? "silver";
  const pointer = (s: Stage, p: string) =>
    d.stages.find((entry) => entry.stage === s)?.partitions.find((entry) => entry.partition === p);
  return (
    <Page title={d.id} how="dataset">
      <p className="crumbs">
        <Link href="/datasets">Datasets</Link> / {d.id}
      </p>
      <p className="lead">{d.description}</p>
      <dl className="facts wide">
        <dt>Team</dt>
        <dd>{d.team}</dd>
        <ServiceFact service={d.service} />
        <dt>Partitioned by</dt>
        <dd>{d.partitionKey}</dd>
        <dt>Landing format</dt>
        <dd>{d.landingFormat}</dd>
        <dt>Contract</dt>
        <dd>v{d.contractVersion}</dd>
      </dl>

      <section aria-labelledby="stages-h">
        <h2 id="stages-h">Current versions</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{d.partitionKey}</th>
                {STAGES.map((s) => (
                  <th scope="col" key={s}>
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {partitions.map((p) => (
                <tr key={p} className={p === partition ? "selected" : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => setFilter("partition", p)}
                      aria-pressed={p === partition}
                    >
                      {p}
                    </button>
                  </th>
                  {STAGES.map((s) => {
                    const at = pointer(s, p);
                    return (
                      <td key={s}>
                        {at ? `v${at.version}` : "—"}
                        {at?.reason === "rollback" && <span className="muted small"> (rolled back)</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {partitions.length === 0 && <p className="muted">Nothing has landed yet.</p>}
      </section>

      {atLeast(session, "developer") && <Promote dataset={d} partitions={partitions} selected={partition} />}

      <section aria-labelledby="runs-h">
        <h2 id="runs-h">Recent promotions</h2>
        <Runs runs={d.lastRuns} />
      </section>

      {partition && (
        <>
          <section aria-labelledby="versions-h">
            <h2 id="versions-h">
              Versions of {partition} in{" "}
              <select aria-label="Stage" value={stage} onChange={(event) => setFilter("stage", event.target.value)}>
                {STAGES.filter((s) => s !== "landing").map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </h2>
            <Versions
              dataset={d.id}
              stage={stage}
              partition={partition}
              current={pointer(stage, partition)?.version}
              session={session}
            />
          </section>
          <section aria-labelledby="quarantine-h">
            <h2 id="quarantine-h">Rows set aside in {partition}</h2>
            <Quarantine dataset={d.id} partition={partition} />
          </section>
        </>
      )}

      {d.contract && (
        <section aria-labelledby="contract-h">
          <h2 id="contract-h">Contract v{d.contractVersion}</h2>
          {atLeast(session, "developer") && <ContractEditor dataset={d.id} contract={d.contract} />}
          <div className="table-scroll">
            <table aria-labelledby="contract-h">
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Type</th>
                  <th scope="col">Nullable</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {d.contract.columns.map((column) => (
                  <tr key={column.name}>
                    <td>
                      <code>{column.name}</code>
                      {d.contract?.primaryKey.includes(column.name) && <span className="muted small"> key</span>}
                    </td>
                    <td>
                      {column.type}
                      {column.type === "decimal" && column.precision !== undefined
                        ? `(${column.precision},${column.scale ?? 0})`
                        : ""}
                    </td>
                    <td>{column.nullable === false ? "no" : "yes"}</td>
                    <td>{column.description ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Page>
  );
}

function Runs({ runs }: { runs: Schemas["Promotion"][] }) {
  if (runs.length === 0) return <p className="muted">No promotion yet.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Stages</th>
            <th scope="col">Status</th>
            <th scope="col">Partitions</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const results = Object.values(run.results as Record<string, Schemas["PartitionResult"]>);
            const done = results.filter((result) => result.status !== "RUNNING").length;
            return (
              <tr key={run.id}>
                <td>
                  <code>{run.id}</code>
                </td>
                <td>
                  {run.from} → {run.to}
                </td>
                <td>
                  <Status value={run.status} />
                </td>
                <td>
                  <progress
                    max={run.partitions.length}
                    value={done}
                    aria-label={`${done} of ${run.partitions.length} partitions done`}
                  />{" "}
                  {results.map((result) => (
                    <span key={result.partition} className="partition-result">
                      {result.partition} <Status value={result.status} />
                      {result.durationMs !== undefined && (
                        <span className="muted small"> {duration(result.durationMs)}</span>
                      )}
                      {result.error && <span className="field-error"> {result.error}</span>}
                    </span>
                  ))}
                </td>
                <td>{run.requestedBy === "landing" ? "on landing" : run.requestedBy}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Promote({
  dataset,
  partitions,
  selected,
}: {
  dataset: Schemas["DatasetDetail"];
  partitions: string[];
  /** The partition chosen on the page: the form follows it (and can still pick another). */
  selected: string;
}) {
  const client = useQueryClient();
  const ids = useId();
  const [to, setTo] = useState<"silver" | "gold">("gold");
  const [partition, setPartition] = useState(selected || partitions[0] || "");
  useEffect(() => {
    if (selected) setPartition(selected);
  }, [selected]);
  const promote = useMutation({
    mutationFn: async () =>
      (
        await api().POST("/v1/datasets/{id}/promotions", {
          params: { path: { id: dataset.id }, header: { "idempotency-key": idempotencyKey() } },
          body: { to, partition: partition || partitions[0] || "" },
        })
      ).data,
    onSuccess: () => void client.invalidateQueries({ queryKey: ["dataset", dataset.id] }),
  });
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Promote</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          promote.mutate();
        }}
      >
        <label>
          Partition{" "}
          <select value={partition} onChange={(event) => setPartition(event.target.value)}>
            {partitions.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          To{" "}
          <select value={to} onChange={(event) => setTo(event.target.value as "silver" | "gold")}>
            <option value="silver">silver</option>
            <option value="gold">gold</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={promote.isPending || partitions.length === 0}>
          Promote
        </button>
      </form>
      <ProblemMessage error={promote.error} />
    </section>
  );
}

function Versions({
  dataset,
  stage,
  partition,
  current,
  session,
}: {
  dataset: string;
  stage: Exclude<Stage, "landing">;
  partition: string;
  current: number | undefined;
  session: Session;
}) {
  const client = useQueryClient();
  const versions = useQuery({
    queryKey: ["versions", dataset, stage, partition],
    queryFn: async () =>
      (
        await api().GET("/v1/datasets/{id}/stages/{stage}/versions", {
          params: { path: { id: dataset, stage }, query: { partition } },
        })
      ).data,
  });
  const rollback = useMutation({
    mutationFn: async (version: number) =>
      (
        await api().POST("/v1/datasets/{id}/stages/{stage}/rollback", {
          params: { path: { id: dataset, stage } },
          body: { partition, version },
        })
      ).data,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["dataset", dataset] });
      void client.invalidateQueries({ queryKey: ["versions", dataset] });
    },
  });
  if (versions.error) return <ProblemMessage error={versions.error} />;
  if (!versions.data) return <Loading what="versions" />;
  const items = [...versions.data.items].sort((a, b) => b.version - a.version);
  if (items.length === 0)
    return (
      <p className="muted">
        No {stage} version of {partition} yet.
      </p>
    );
  const shown = items.find((version) => version.version === current) ?? items[0];
  return (
    <>
      {shown?.report && <QualityChart report={shown.report} title={`Quality of ${stage} v${shown.version}`} />}
      <ProblemMessage error={rollback.error} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Rows</th>
              <th scope="col">Set aside</th>
              <th scope="col">Made from</th>
              <th scope="col">Engine</th>
              <th scope="col">When</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((version) => (
              <tr key={version.version}>
                <td>
                  v{version.version}
                  {version.version === current && <span className="status ok">current</span>}
                </td>
                <td>{version.rows.toLocaleString("en-US")}</td>
                <td>{(version.quarantinedRows ?? 0).toLocaleString("en-US")}</td>
                <td>
                  {version.inputs.map((input) => (
                    <span key={`${input.stage}${input.version}`} title={input.contentHash}>
                      {input.stage} v{input.version}{" "}
                    </span>
                  ))}
                </td>
                <td>{version.engine ?? "—"}</td>
                <td>{new Date(version.createdAt).toLocaleString()}</td>
                <td>
                  {atLeast(session, "developer") && version.version !== current && (
                    <ConfirmButton
                      label={`Roll back to v${version.version}`}
                      question={`Point ${stage} ${partition} at v${version.version}? Readers see that version at once.`}
                      onConfirm={() => rollback.mutate(version.version)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Quarantine({ dataset, partition }: { dataset: string; partition: string }) {
  const rows = useQuery({
    queryKey: ["quarantine-rows", dataset, partition],
    queryFn: async () =>
      (
        await api().GET("/v1/datasets/{id}/quarantine/rows", {
          params: { path: { id: dataset }, query: { partition, limit: 50 } },
        })
      ).data,
  });
  if (rows.error) return <ProblemMessage error={rows.error} />;
  if (!rows.data) return <Loading what="rows set aside" />;
  const items = rows.data.items as Record<string, unknown>[];
  if (items.length === 0) return <p className="muted">No row of {partition} was set aside.</p>;
  // Why each row was set aside comes first; then the row as it arrived.
  const columns = [...new Set([REASONS, ...items.flatMap((row) => Object.keys(row))])];
  return (
    <>
      <p className="muted">
        Showing {items.length} of {rows.data.total.toLocaleString("en-US")} rows set aside
        {rows.data.version !== undefined ? ` by silver v${rows.data.version}` : ""}.
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column === REASONS ? "Why set aside" : column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows set aside have no identity of their own
              <tr key={index}>
                {columns.map((column) => (
                  <td key={column}>{format(row[column])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const REASONS = "_plinth_reasons";

function format(value: unknown): string {
  if (Array.isArray(value)) return value.join("; ");
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
