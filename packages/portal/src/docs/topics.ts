/**
 * Where each portal page's "How this works" link lands: a docs page and a heading's anchor. The link
 * checker (test/docs.test.ts) fails when a target no longer exists.
 */
export const HOW_IT_WORKS = {
  catalog: { page: "provisioning", section: "requests-and-plans", label: "Requests and plans" },
  request: { page: "provisioning", section: "the-workflows", label: "How a request is provisioned" },
  approvals: { page: "provisioning", section: "approvals-retries-and-destroys", label: "Approvals" },
  datasets: { page: "data", section: "contracts", label: "Contracts and the medallion lake" },
  dataset: { page: "data", section: "the-workflow", label: "How a promotion runs" },
  incidents: { page: "remediation", section: "triggers", label: "How incidents open" },
  incident: { page: "remediation", section: "guardrails", label: "Runbooks and guardrails" },
  remediation: { page: "remediation", section: "guardrails", label: "Guardrails" },
  services: { page: "catalog", section: "scorecards", label: "Services and scorecards" },
  pipeline: { page: "delivery", section: "delivery-cicd-pipelines", label: "Pipelines" },
  run: {
    page: "delivery",
    section: "runs-deployments-the-production-gate-dora",
    label: "Runs and the production gate",
  },
  dora: {
    page: "delivery",
    section: "runs-deployments-the-production-gate-dora",
    label: "DORA, as Plinth computes it",
  },
  insights: { page: "deploying", section: "the-platform-measures-itself", label: "What the numbers mean" },
  cost: { page: "cost", section: "how-cost-is-measured", label: "How cost is measured" },
  recommendations: {
    page: "cost",
    section: "idle-resources-and-recommendations",
    label: "How idle resources are found",
  },
} as const;
export type Topic = keyof typeof HOW_IT_WORKS;

/** The docs pages, in reading order: their file under docs/ and their title in the portal. */
export const DOC_PAGES = [
  ["README", "Overview"],
  ["concepts", "Concepts"],
  ["provisioning", "Provisioning"],
  ["data", "Data promotion"],
  ["remediation", "Remediation"],
  ["catalog", "Service catalog"],
  ["delivery", "Delivery (CI/CD)"],
  ["cost", "Measured cost"],
  ["cli", "The plinth CLI"],
  ["cli-reference", "CLI reference"],
  ["portal", "The developer portal"],
  ["api", "The API"],
  ["local-cloud", "The local cloud"],
  ["architecture", "Architecture"],
  ["deploying", "Deploying and operating"],
  ["security", "Security model"],
  ["development", "Developing Plinth"],
  ["dependencies", "Dependencies"],
  ["measurements", "Measurements"],
] as const;
