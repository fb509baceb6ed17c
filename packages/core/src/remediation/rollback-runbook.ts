import { SERVICE_TAG } from "../catalog/entity";
import type { ResourceFacts } from "./resource-facts";
import type { Runbook } from "./runbooks";

/** The one action of `rollback-deployment`: Plinth's own (a GitHub rerun), routed to its task function. */
export const ROLLBACK_CALL = "plinth:rollbackDeployment";
const linkedTo = (facts: ResourceFacts) => facts.linkedDeployment;

/**
 * A bad deploy heals through remediation: for an incident linked to its service's recent production
 * deployment (deployment-link.ts), put the commit before it back through the same pipeline and gate.
 */
export const rollbackDeploymentRunbook: Runbook = {
  id: "rollback-deployment",
  version: "1.0.0",
  title: "Roll back the production deployment that preceded the alarm",
  description:
    "An alarm on a service shortly after its production deployment: that deployment is the first suspect. Redeploy the commit that ran before it through the same pipeline — the earlier run's production deploy job again — and through the production gate, which takes the approval given here (a freeze still refuses); then verify the deployment succeeded and the alarm is OK.",
  match: { resourceType: "*", namespace: "*", metrics: ["*"], deployment: true },
  tier: "approval",
  defaultMode: "approval",
  preconditions: [
    {
      name: "linked-deployment",
      description: "the incident is linked to a production deployment of its service shortly before the alarm",
      failure: (facts) => (linkedTo(facts) ? undefined : "no production deployment shortly before the alarm"),
    },
    {
      name: "previous-deployment",
      description: "an earlier successful production deployment of another commit, made by a workflow run",
      failure: (facts) => {
        const previous = linkedTo(facts)?.previous;
        if (!previous) return "no earlier successful production deployment of another commit";
        return previous.runId === undefined ? `deployment ${previous.id} names no workflow run to rerun` : undefined;
      },
    },
    {
      name: "still-deployed",
      description: "the linked deployment is still what runs in production (nobody deployed since)",
      failure: (facts) =>
        facts.linkedDeploymentCurrent
          ? undefined
          : `a newer production deployment replaced ${linkedTo(facts)?.sha.slice(0, 7) ?? "it"}`,
    },
  ],
  action: {
    summary:
      "GitHub Actions: rerun the production deploy job of the previous successful run (POST …/actions/jobs/{job_id}/rerun), answered at the production gate",
    build: (_resource, facts) => {
      const linked = linkedTo(facts);
      return {
        call: ROLLBACK_CALL,
        parameters: {
          serviceId: facts.tags[SERVICE_TAG],
          pipelineId: linked?.pipelineId,
          environment: linked?.environment,
          fromDeployment: linked?.id,
          fromSha: linked?.sha,
          toDeployment: linked?.previous?.id,
          sha: linked?.previous?.sha,
          runId: linked?.previous?.runId,
          runAttempt: linked?.previous?.runAttempt,
        },
      };
    },
  },
  verify: {
    summary: "the previous commit is deployed to production, then the alarm is OK again",
    waitSeconds: 300,
    polls: 6,
    deployment: true,
  },
  undo: { summary: "deploy the rolled-back commit again (plinth pipeline run, or rerun its production job)" },
};
