import { z } from "zod";
import { strictObject } from "../schema";
import type { Job, Step, Workflow } from "./workflow";

/**
 * Pipeline templates: a service's GitHub Actions workflow, rendered from a typed model (workflow.ts)
 * and versioned like the catalog's templates. Every generated workflow:
 *   - builds and tests on pull requests and pushes to the default branch, deploys only from the latter
 *     (or a manual dispatch), environment by environment in the order given, each deploy `needs` the one
 *     before and runs in `environment: <env>` (so GitHub's protection rules apply);
 *   - grants each job only what it uses: `contents: read`, plus `id-token: write` only where AWS is
 *     reached (OIDC — no stored keys; the role ARN is the environment's `AWS_ROLE_ARN` variable, which
 *     pipeline setup writes from the `github-deploy-role` request of that environment);
 *   - serialises deploys per environment (`concurrency`), never cancelling one mid-way;
 *   - pins every action to an exact release.
 * actionlint (1.7) checks every template × parameter boundary in the tests.
 */
export const ACTIONS = {
  checkout: "actions/checkout@v4.2.2",
  setupNode: "actions/setup-node@v4.4.0",
  awsCredentials: "aws-actions/configure-aws-credentials@v4.2.1",
  ecrLogin: "aws-actions/amazon-ecr-login@v2.0.1",
} as const;

export const PipelineEnvironment = z.enum(["dev", "staging", "production"]);
export type PipelineEnvironment = z.infer<typeof PipelineEnvironment>;
const ORDER: readonly PipelineEnvironment[] = PipelineEnvironment.options;

/** A shell command a parameter carries into a `run:` step: one line, no expression syntax of GitHub's. */
const Command = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\n\r]*$/, "one line")
  .refine((command) => !command.includes("${{"), "no ${{ }} expressions: they would run as script injection");

const common = {
  nodeVersion: z.enum(["20", "22", "24"]).default("24").describe("Node.js major the build runs on"),
  environments: z
    .array(PipelineEnvironment)
    .min(1)
    .max(3)
    .default(["dev", "production"])
    .refine((envs) => new Set(envs).size === envs.length, "each environment once")
    .refine(
      // A repeat is the rule above's to report.
      (envs) =>
        new Set(envs).size !== envs.length ||
        envs.every((env, i) => i === 0 || ORDER.indexOf(env) > ORDER.indexOf(envs[i - 1] as PipelineEnvironment)),
      "in promotion order: dev, staging, production",
    )
    .describe("Where it deploys, in order; each waits for the one before"),
  region: z
    .string()
    .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, "an AWS region such as us-east-1")
    .default("us-east-1"),
  defaultBranch: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,100}$/, "a branch name")
    .default("main"),
  installCommand: Command.default("npm ci"),
  testCommand: Command.default("npm test"),
};

type Common = z.output<z.ZodObject<typeof common>>;
const NodeLambdaSst = strictObject({ ...common }).meta({ id: "PipelineNodeLambdaSst" });
const ContainerEcs = strictObject({
  ...common,
  ecrRepository: z
    .string()
    .regex(/^[a-z0-9]+([._/-][a-z0-9]+)*$/, "an ECR repository name")
    .max(256),
  cluster: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, "an ECS cluster name"),
  ecsService: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, "an ECS service name"),
  dockerfile: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,200}$/, "a path in the repository")
    .default("Dockerfile"),
}).meta({ id: "PipelineContainerEcs" });
const StaticSite = strictObject({
  ...common,
  buildCommand: Command.default("npm run build"),
  outputDirectory: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,200}$/, "a path in the repository")
    .default("dist"),
}).meta({ id: "PipelineStaticSite" });

export interface PipelineContext {
  /** The catalog service: names the workflow file and the concurrency groups. */
  service: string;
}

export interface PipelineTemplate {
  id: string;
  version: string;
  title: string;
  description: string;
  /** The parameters' schema (its JSON Schema is what a form or `--set` fills). */
  parameters: z.ZodType;
  /** Parses `input` with `parameters` (a ZodError names the field) and renders the workflow. */
  render(input: unknown, context: PipelineContext): Workflow;
}

function defineTemplate<P extends z.ZodType>(spec: {
  id: string;
  version: string;
  title: string;
  description: string;
  parameters: P;
  render(parameters: z.output<P>, context: PipelineContext): Workflow;
}): PipelineTemplate {
  return { ...spec, render: (input, context) => spec.render(spec.parameters.parse(input), context) };
}

const checkout: Step = { name: "Check out", uses: ACTIONS.checkout, with: { "persist-credentials": false } };
const setupNode = (version: string): Step => ({
  name: `Set up Node.js ${version}`,
  uses: ACTIONS.setupNode,
  with: { "node-version": version, cache: "npm" },
});
const awsCredentials = (region: string, role = "${{ vars.AWS_ROLE_ARN }}"): Step => ({
  name: "AWS credentials (OIDC, no stored keys)",
  uses: ACTIONS.awsCredentials,
  with: { "role-to-assume": role, "aws-region": region },
});

/** Check out, set up Node and install: what building and most deploys start with. */
const prepare = (p: Common): Step[] => [checkout, setupNode(p.nodeVersion), { name: "Install", run: p.installCommand }];

/** Build and test: every pull request and every push. */
function buildJob(p: Common): Job {
  return {
    name: "Build and test",
    "runs-on": "ubuntu-24.04",
    permissions: { contents: "read" },
    "timeout-minutes": 30,
    steps: [...prepare(p), { name: "Test", run: p.testCommand }],
  };
}

/** The name of the job that deploys to `environment` (what a rollback reruns). */
export const deployJobName = (environment: string) => `Deploy to ${environment}`;

/** One deploy job per environment, in order, each after the one before; AWS through OIDC only here. */
function deployJobs(
  p: Common,
  context: PipelineContext,
  steps: (env: PipelineEnvironment) => Step[],
  first = "build",
  /** Jobs whose outputs every deploy reads (the image), beside the deploy before it. */
  alsoNeeds: string[] = [],
): Record<string, Job> {
  const jobs: Record<string, Job> = {};
  let previous = first;
  for (const env of p.environments) {
    const id = `deploy-${env}`;
    jobs[id] = {
      name: deployJobName(env),
      "runs-on": "ubuntu-24.04",
      needs: [...new Set([previous, ...alsoNeeds])],
      if: "github.event_name != 'pull_request'",
      environment: { name: env },
      permissions: { contents: "read", "id-token": "write" },
      concurrency: { group: `deploy-${context.service}-${env}`, "cancel-in-progress": false },
      "timeout-minutes": 60,
      steps: [awsCredentials(p.region), ...steps(env)],
    };
    previous = id;
  }
  return jobs;
}

/** The workflow around its jobs: build and test first, then what the template adds (image, deploys). */
function workflowOf(p: Common, context: PipelineContext, jobs: Record<string, Job>): Workflow {
  return {
    name: `${context.service}: build, test, deploy`,
    on: triggers(p),
    permissions: {},
    jobs: { build: buildJob(p), ...jobs },
  };
}

function triggers(p: { defaultBranch: string }) {
  return {
    push: { branches: [p.defaultBranch] },
    pull_request: { branches: [p.defaultBranch] },
    workflow_dispatch: {},
  };
}

/**
 * 1.1.0 prints the deploy's logs into the job (`--print-logs`): a failed deploy shows its reason in
 * the run instead of only "exit 1". 1.0.0 stays in the registry so repositories on it are offered the
 * upgrade (and a team may pin it).
 */
const nodeLambdaSstVersion = (version: "1.0.0" | "1.1.0") =>
  defineTemplate({
    id: "node-lambda-sst",
    version,
    title: "Node.js on Lambda with SST",
    description: "Builds and tests, then `sst deploy --stage <environment>` environment by environment.",
    parameters: NodeLambdaSst,
    render: (p, context) =>
      workflowOf(p, context, {
        ...deployJobs(p, context, (env) => [
          ...prepare(p),
          {
            name: `sst deploy --stage ${env}`,
            run: version === "1.0.0" ? `npx sst deploy --stage ${env}` : `npx sst deploy --stage ${env} --print-logs`,
          },
        ]),
      }),
  });
export const nodeLambdaSst = nodeLambdaSstVersion("1.1.0");

export const containerEcs = defineTemplate({
  id: "container-ecs",
  version: "1.0.0",
  title: "Container on ECS",
  description:
    "Builds and tests, pushes one image to ECR (tagged with the commit), then rolls the ECS service to that image environment by environment.",
  parameters: ContainerEcs,
  render: (p, context) =>
    workflowOf(p, context, {
      image: {
        name: "Build and push the image",
        "runs-on": "ubuntu-24.04",
        needs: ["build"],
        if: "github.event_name != 'pull_request'",
        permissions: { contents: "read", "id-token": "write" },
        "timeout-minutes": 30,
        outputs: { image: "${{ steps.push.outputs.image }}" },
        steps: [
          checkout,
          awsCredentials(p.region, "${{ vars.AWS_BUILD_ROLE_ARN }}"),
          { name: "Log in to ECR", id: "ecr", uses: ACTIONS.ecrLogin },
          {
            name: "Build and push",
            id: "push",
            env: {
              REGISTRY: "${{ steps.ecr.outputs.registry }}",
              REPOSITORY: p.ecrRepository,
              DOCKERFILE: p.dockerfile,
            },
            run: [
              'image="$REGISTRY/$REPOSITORY:$GITHUB_SHA"',
              'docker build --file "$DOCKERFILE" --tag "$image" .',
              'docker push "$image"',
              'echo "image=$image" >> "$GITHUB_OUTPUT"',
            ].join("\n"),
          },
        ],
      },
      ...deployJobs(
        p,
        context,
        () => [
          {
            name: "Roll the service to the image",
            env: { IMAGE: "${{ needs.image.outputs.image }}", CLUSTER: p.cluster, SERVICE: p.ecsService },
            run: [
              'task=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" --query "services[0].taskDefinition" --output text)',
              'aws ecs describe-task-definition --task-definition "$task" --query taskDefinition > task.json',
              "jq --arg image \"$IMAGE\" '.containerDefinitions[0].image = $image | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy)' task.json > next.json",
              "next=$(aws ecs register-task-definition --cli-input-json file://next.json --query taskDefinition.taskDefinitionArn --output text)",
              'aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$next"',
              'aws ecs wait services-stable --cluster "$CLUSTER" --services "$SERVICE"',
            ].join("\n"),
          },
        ],
        "image",
        ["image"],
      ),
    }),
});

export const staticSite = defineTemplate({
  id: "static-site",
  version: "1.0.0",
  title: "Static site on S3 and CloudFront",
  description:
    "Builds and tests, then syncs the build to the environment's bucket and invalidates its CloudFront distribution (the environment's SITE_BUCKET and DISTRIBUTION_ID variables).",
  parameters: StaticSite,
  render: (p, context) =>
    workflowOf(p, context, {
      ...deployJobs(p, context, () => [
        ...prepare(p),
        { name: "Build", run: p.buildCommand },
        {
          name: "Sync to S3 and invalidate CloudFront",
          env: {
            OUTPUT: p.outputDirectory,
            BUCKET: "${{ vars.SITE_BUCKET }}",
            DISTRIBUTION: "${{ vars.DISTRIBUTION_ID }}",
          },
          run: [
            'aws s3 sync "$OUTPUT" "s3://$BUCKET" --delete',
            'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION" --paths "/*"',
          ].join("\n"),
        },
      ]),
    }),
});

/** The newest version of each template: what a new pipeline gets unless it pins one. */
export const pipelineTemplates: readonly PipelineTemplate[] = [nodeLambdaSst, containerEcs, staticSite];

/** Every version still offered (newest per id is in `pipelineTemplates`); older ones are upgrade sources. */
export const pipelineTemplateVersions: readonly PipelineTemplate[] = [
  nodeLambdaSstVersion("1.0.0"),
  ...pipelineTemplates,
];
