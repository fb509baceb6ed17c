import type { Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api } from "../api";
import { DataTable } from "../components/data-table";
import { ConfirmButton, Loading, Page, ProblemMessage, Status } from "../components/ui";
import type { Session } from "../session";

function Gauge({ label, used, limit }: { label: string; used: number; limit: number }) {
  const id = useId();
  return (
    <div className="gauge">
      <label htmlFor={id}>{label}</label>
      <meter id={id} min={0} max={Math.max(1, limit)} low={limit * 0.7} high={limit * 0.9} optimum={0} value={used} />
      <span>
        {used} of {limit} actions this hour
      </span>
    </div>
  );
}

export function Remediation({ session }: { session: Session }) {
  const client = useQueryClient();
  const admin = session.claims.roles.includes("admin");
  const [reason, setReason] = useState("");
  const reasonId = useId();
  const status = useQuery({
    queryKey: ["remediation-status"],
    queryFn: async () => (await api().GET("/v1/remediation/status")).data as Schemas["RemediationStatus"],
    refetchInterval: 5_000,
  });
  const runbooks = useQuery({
    queryKey: ["runbooks"],
    queryFn: async () => (await api().GET("/v1/runbooks")).data,
  });
  const toggle = useMutation({
    mutationFn: async (on: boolean) =>
      (await api().PUT("/v1/remediation/kill-switch", { body: { on, ...(reason ? { reason } : {}) } })).data,
    onSuccess: () => {
      setReason("");
      void client.invalidateQueries({ queryKey: ["remediation-status"] });
    },
  });
  const setMode = useMutation({
    mutationFn: async ({ id, mode }: { id: string; mode: "shadow" | "approval" | "auto" }) =>
      (await api().PUT("/v1/runbooks/{id}/mode", { params: { path: { id } }, body: { mode } })).data,
    onSuccess: () => void client.invalidateQueries({ queryKey: ["runbooks"] }),
  });
  const s = status.data;
  return (
    <Page title="Remediation" how="remediation">
      <ProblemMessage error={status.error ?? runbooks.error} />
      {!s && !status.error && <Loading what="guardrails" />}
      {s && (
        <>
          <section aria-labelledby="kill-h">
            <h2 id="kill-h">Kill switch</h2>
            <p>
              {s.killSwitch.on ? (
                <>
                  <span className="status bad">on</span> No runbook acts on its own
                  {s.killSwitch.by
                    ? ` (turned on by ${s.killSwitch.by}${s.killSwitch.reason ? `: ${s.killSwitch.reason}` : ""})`
                    : ""}
                  .
                </>
              ) : (
                <>
                  <span className="status ok">off</span> Runbooks act within their guardrails.
                </>
              )}
            </p>
            {admin && (
              <div className="inline-form">
                <label htmlFor={reasonId}>Reason</label>
                <input
                  id={reasonId}
                  value={reason}
                  maxLength={500}
                  onChange={(event) => setReason(event.target.value)}
                />
                <ConfirmButton
                  label={s.killSwitch.on ? "Turn the kill switch off" : "Turn the kill switch on"}
                  question={
                    s.killSwitch.on
                      ? "Let runbooks act again, within their guardrails?"
                      : "Stop every runbook from acting on its own, on every team?"
                  }
                  danger={!s.killSwitch.on}
                  onConfirm={() => toggle.mutate(!s.killSwitch.on)}
                />
              </div>
            )}
            <ProblemMessage error={toggle.error} />
          </section>
          <section aria-labelledby="budgets-h">
            <h2 id="budgets-h">Budgets ({s.budgets.hour})</h2>
            <Gauge label="All teams" used={s.budgets.global.used} limit={s.budgets.global.limit} />
            {Object.entries(s.budgets.teams as Record<string, { used: number; limit: number }>).map(
              ([team, budget]) => (
                <Gauge key={team} label={team} used={budget.used} limit={budget.limit} />
              ),
            )}
          </section>
          <section aria-labelledby="breakers-h">
            <h2 id="breakers-h">Circuit breakers</h2>
            {s.breakers.length === 0 ? (
              <p className="muted">No runbook has acted recently.</p>
            ) : (
              <DataTable
                items={s.breakers}
                keyOf={(breaker) => breaker.runbookId}
                columns={[
                  { header: "Runbook", cell: (b) => b.runbookId },
                  {
                    header: "State",
                    cell: (b) => <span className={`status ${b.state === "closed" ? "ok" : "bad"}`}>{b.state}</span>,
                  },
                  { header: "Failure share", cell: (b) => `${Math.round(b.failureShare * 100)}% of ${b.recent}` },
                  { header: "Held back", cell: (b) => b.heldBack.map((held) => held.resource).join(", ") || "—" },
                ]}
              />
            )}
          </section>
        </>
      )}
      <section aria-labelledby="runbooks-h">
        <h2 id="runbooks-h">Runbooks</h2>
        <ProblemMessage error={setMode.error} />
        {runbooks.data && (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Runbook</th>
                  <th scope="col">Action</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Mode</th>
                </tr>
              </thead>
              <tbody>
                {runbooks.data.items.map((runbook) => (
                  <tr key={runbook.id}>
                    <td>
                      <strong>{runbook.title}</strong>
                      <br />
                      <span className="muted small">{runbook.description}</span>
                    </td>
                    <td>
                      <code>{runbook.action}</code>
                    </td>
                    <td>{runbook.tier}</td>
                    <td>
                      {admin && runbook.tier !== "notify-only" ? (
                        <select
                          aria-label={`Mode of ${runbook.title}`}
                          value={runbook.mode}
                          onChange={(event) =>
                            setMode.mutate({
                              id: runbook.id,
                              mode: event.target.value as "shadow" | "approval" | "auto",
                            })
                          }
                        >
                          <option value="shadow">shadow</option>
                          <option value="approval">approval</option>
                          <option value="auto">auto</option>
                        </select>
                      ) : (
                        <Status value={runbook.effectiveMode} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
