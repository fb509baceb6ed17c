import type { Schemas } from "@plinth/client";
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
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Result</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {plan.policies.map((policy) => (
            <tr key={policy.rule} className={policy.outcome === "deny" ? "row-bad" : undefined}>
              <td>{policy.rule}</td>
              <td>
                <span
                  className={`status ${policy.outcome === "pass" ? "ok" : policy.outcome === "deny" ? "bad" : "warn"}`}
                >
                  {OUTCOME[policy.outcome]}
                </span>
              </td>
              <td>{policy.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Cost</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Quantity</th>
            <th scope="col">Monthly</th>
          </tr>
        </thead>
        <tbody>
          {plan.cost.lines.map((line) => (
            <tr key={line.item}>
              <td>{line.item}</td>
              <td>
                {line.quantity.toLocaleString("en-US")} {line.unit}
              </td>
              <td>{money(line.monthlyUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
