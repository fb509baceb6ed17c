import type { Schemas } from "@plinth/client";
import { DataTable } from "./data-table";
import { money } from "./ui";

const OUTCOME = { pass: "passes", deny: "denies", approval: "needs approval" } as const;

/** What a request will make, what it costs a month, and what each policy said. */
export function PlanView({ plan }: { plan: Schemas["Plan"] }) {
  return (
    <div className="plan">
      <p className="cost">
        <strong>{money(plan.cost.monthlyUsd)}</strong> / month
        <span className="muted"> · prices {plan.cost.priceTable}</span>
      </p>
      <p>
        {plan.allowed ? (
          plan.approval === "required" ? (
            <span className="status warn">needs approval</span>
          ) : (
            <span className="status ok">no approval needed</span>
          )
        ) : (
          <span className="status bad">denied by policy</span>
        )}{" "}
        <span className="muted small">
          stack <code>{plan.stackName}</code> · plan <code title={plan.hash}>{plan.hash.slice(0, 12)}</code>
        </span>
      </p>
      <h3>Resources to add ({plan.resources.length})</h3>
      <ul className="resources">
        {plan.resources.map((resource) => (
          <li key={resource.logicalId}>
            <code>{resource.logicalId}</code> <span className="muted">{resource.type}</span>
          </li>
        ))}
      </ul>
      <h3>Policies</h3>
      <DataTable
        items={plan.policies}
        keyOf={(policy) => policy.rule}
        rowClass={(policy) => (policy.outcome === "deny" ? "row-bad" : undefined)}
        columns={[
          { header: "Rule", cell: (policy) => policy.rule },
          {
            header: "Result",
            cell: (policy) => (
              <span
                className={`status ${policy.outcome === "pass" ? "ok" : policy.outcome === "deny" ? "bad" : "warn"}`}
              >
                {OUTCOME[policy.outcome]}
              </span>
            ),
          },
          { header: "Why", cell: (policy) => policy.reason },
        ]}
      />
      <h3>Cost</h3>
      <DataTable
        items={plan.cost.lines}
        keyOf={(line) => line.item}
        columns={[
          { header: "Item", cell: (line) => line.item },
          { header: "Quantity", cell: (line) => `${line.quantity.toLocaleString("en-US")} ${line.unit}` },
          { header: "Monthly", cell: (line) => money(line.monthlyUsd) },
        ]}
      />
    </div>
  );
}
