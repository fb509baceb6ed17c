import { stringify } from "yaml";

/**
 * A GitHub Actions workflow as typed data — the subset Plinth's pipeline templates generate — and its
 * one rendering to YAML (the `yaml` library, never string templates). Key order follows GitHub's own
 * documentation so a reviewer reads the file top to bottom.
 */
export type Permission = "read" | "write" | "none";
export type Permissions = Partial<
  Record<"contents" | "id-token" | "actions" | "deployments" | "packages" | "pull-requests", Permission>
>;

export interface Step {
  name: string;
  id?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  run?: string;
  env?: Record<string, string>;
}

export interface Job {
  name: string;
  "runs-on": string;
  needs?: string[];
  if?: string;
  environment?: { name: string; url?: string };
  permissions: Permissions;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  "timeout-minutes": number;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}

export interface Workflow {
  name: string;
  on: Record<string, unknown>;
  /** The workflow's default: nothing, so each job says exactly what it needs. */
  permissions: Permissions | Record<string, never>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** The workflow file's text: a header naming its generator, then the YAML. */
export function workflowYaml(workflow: Workflow, header: string): string {
  const body = stringify(workflow, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${header
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n")}\n${body}`;
}
