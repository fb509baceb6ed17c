import { sdkErrorName, sdkServiceName } from "@plinth/workflows";
import { z } from "zod";
import { BackgroundFailures } from "../background";
import { Cancellation } from "../stepfunctions/cancellation";
import type { EngineClock } from "../stepfunctions/clock";
import { StatesError } from "../stepfunctions/errors";
import type { SdkAction } from "../stepfunctions/integrations";

/**
 * The fleet stand-in — the resources remediation reads and acts on, behind the API surfaces the
 * workflow reaches as `aws-sdk:ecs|ec2|ssm|autoscaling|lambda|sqs:*` (parameters and answers in
 * Step Functions' PascalCase; errors named `<Service>.<Exception>`).
 *
 * Modelled: ECS services (DescribeServices with tags and deployments, UpdateService desired count /
 * force new deployment), EC2 instances (DescribeInstances, RebootInstances), SSM managed instances
 * (DescribeInstanceInformation, SendCommand), Auto Scaling groups (DescribeAutoScalingGroups,
 * SetDesiredCapacity within MaxSize), Lambda aliases (GetAlias, ListVersionsByFunction, ListTags,
 * UpdateAlias), SQS queues (GetQueueAttributes, ListQueueTags, StartMessageMoveTask).
 *
 * Health: a resource may have a *problem* (memory-leak, cpu-saturated, status-check-failed,
 * disk-full, bad-deploy, dlq-backlog, bad-release) that drives its metrics (see `metric`), which the CloudWatch
 * stand-in's alarms read. The action that fits a problem heals it `effectSeconds` of engine time
 * after the call (a deployment, a reboot, a move take time), then the fleet reports the change.
 *
 * Not modelled: tasks, containers, instances inside groups, IAM, pagination, most parameters.
 *
 * Controls (POST /_plinth/fleet): `resources` (add or replace; `release` links one to a GitHub
 * repository's environment, whose deployments it then runs), `break` (give a resource a problem),
 * `badReleases` (commits that misbehave once a linked resource runs them), `faults` (`failAction`
 * the next N calls of an action with an error, `noHeal` resources that accept actions but do not
 * recover, `slow` multiplies effect time), `reset`.
 */
export const Problem = z.enum([
  "memory-leak",
  "cpu-saturated",
  "status-check-failed",
  "disk-full",
  "bad-deploy",
  "dlq-backlog",
  "bad-release",
]);
export type Problem = z.infer<typeof Problem>;

const Tags = z.record(z.string(), z.string()).default({});
/** The GitHub repository and environment whose deployments this resource runs (see `released`). */
const Release = z.object({ repository: z.string(), environment: z.string() }).optional();
export const FleetResourceInput = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("ecs-service"),
    id: z.string().regex(/^[^/]+\/[^/]+$/, "cluster/service"),
    desiredCount: z.number().int().min(0).default(2),
    tags: Tags,
    release: Release,
  }),
  z.object({
    type: z.literal("ec2-instance"),
    id: z.string().regex(/^i-[0-9a-f]{8,17}$/),
    ssmOnline: z.boolean().default(true),
    tags: Tags,
    release: Release,
  }),
  z.object({
    type: z.literal("autoscaling-group"),
    id: z.string().min(1),
    desired: z.number().int().min(0).default(2),
    max: z.number().int().min(1).default(6),
    tags: Tags,
    release: Release,
  }),
  z.object({
    type: z.literal("lambda-alias"),
    id: z.string().regex(/^[^:]+:[^:]+$/, "function:alias"),
    versions: z.number().int().min(1).default(3),
    tags: Tags,
    release: Release,
  }),
  z.object({
    type: z.literal("sqs-queue"),
    id: z.string().min(1),
    messages: z.number().int().min(0).default(0),
    tags: Tags,
    release: Release,
  }),
]);
export type FleetResourceInput = z.input<typeof FleetResourceInput>;

export const FleetControl = z.object({
  resources: z.array(FleetResourceInput).optional(),
  break: z.object({ resource: z.string(), problem: Problem, messages: z.number().int().optional() }).optional(),
  faults: z
    .object({
      failAction: z
        .object({
          call: z.string(),
          times: z.number().int().min(1).default(1),
          error: z.string().default("ThrottlingException"),
          message: z.string().optional(),
        })
        .optional(),
      noHeal: z.array(z.string()).optional().describe("resource keys, or * for all"),
      slow: z.number().min(0).optional(),
    })
    .optional(),
  reset: z.boolean().optional(),
  badReleases: z.array(z.string()).optional().describe("commit shas that misbehave once deployed (bad-release)"),
});
export type FleetControl = z.input<typeof FleetControl>;

interface Resource {
  type: FleetResourceInput["type"];
  id: string;
  tags: Record<string, string>;
  problem?: Problem;
  createdAt: string;
  // ecs / asg
  desired: number;
  max: number;
  deployments: { Id: string; TaskDefinition: string; CreatedAt: string; Status: string }[];
  // ec2
  state: string;
  ssmOnline: boolean;
  // lambda
  aliasVersion: number;
  versions: number;
  badVersion?: number;
  // sqs
  messages: number;
  actions: { call: string; at: string }[];
  release?: { repository: string; environment: string; sha?: string };
}

const HEALTHY_METRICS: Record<string, number> = {
  MemoryUtilization: 42,
  CPUUtilization: 35,
  StatusCheckFailed_Instance: 0,
  StatusCheckFailed: 0,
  disk_used_percent: 55,
  Errors: 0,
};

export interface FleetOptions {
  /** Where failures of background work are reported (stderr, and `GET /_plinth/failures`). */
  failures?: BackgroundFailures;
  clock: EngineClock;
  account?: string;
  region?: string;
  /** Engine seconds between an action and its effect. */
  effectSeconds?: number;
}

export class FleetStandIn {
  readonly services: ReadonlyMap<string, Readonly<Record<string, SdkAction>>>;
  private readonly resources = new Map<string, Resource>();
  private faults: z.infer<typeof FleetControl>["faults"] & {} = {};
  private badReleases = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly stopping = new Cancellation();
  /** Failures of background work, reported and kept (see background.ts). */
  get failures(): BackgroundFailures {
    this.options.failures ??= new BackgroundFailures();
    return this.options.failures;
  }
  private readonly account: string;
  private readonly region: string;
  private counter = 0;

  constructor(private readonly options: FleetOptions) {
    this.account = options.account ?? "000000000000";
    this.region = options.region ?? "us-east-1";
    const guarded = (service: string, actions: Record<string, (p: Record<string, unknown>) => unknown>) =>
      Object.fromEntries(
        Object.entries(actions).map(([name, run]) => [
          name,
          (async (parameters: unknown) => {
            this.injectedFailure(`${service}:${name}`, service);
            return await run((parameters ?? {}) as Record<string, unknown>);
          }) as SdkAction,
        ]),
      );
    this.services = new Map([
      [
        "ecs",
        guarded("ecs", {
          describeServices: (p) => this.describeServices(p),
          updateService: (p) => this.updateService(p),
        }),
      ],
      [
        "ec2",
        guarded("ec2", {
          describeInstances: (p) => this.describeInstances(p),
          rebootInstances: (p) => this.rebootInstances(p),
        }),
      ],
      [
        "ssm",
        guarded("ssm", {
          describeInstanceInformation: (p) => this.describeInstanceInformation(p),
          sendCommand: (p) => this.sendCommand(p),
        }),
      ],
      [
        "autoscaling",
        guarded("autoscaling", {
          describeAutoScalingGroups: (p) => this.describeAutoScalingGroups(p),
          setDesiredCapacity: (p) => this.setDesiredCapacity(p),
        }),
      ],
      [
        "lambda",
        guarded("lambda", {
          getAlias: (p) => this.getAlias(p),
          listVersionsByFunction: (p) => this.listVersions(p),
          listTags: (p) => this.listTags(p),
          updateAlias: (p) => this.updateAlias(p),
        }),
      ],
      [
        "sqs",
        guarded("sqs", {
          getQueueAttributes: (p) => this.getQueueAttributes(p),
          listQueueTags: (p) => this.listQueueTags(p),
          startMessageMoveTask: (p) => this.startMessageMoveTask(p),
        }),
      ],
    ]);
  }

  /** Called whenever a resource's health changes (the CloudWatch stand-in re-evaluates its alarms). */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  control(body: unknown) {
    const control = FleetControl.parse(body);
    if (control.reset) {
      this.resources.clear();
      this.faults = {};
    }
    for (const input of control.resources ?? []) this.add(input);
    if (control.faults) this.faults = control.faults;
    if (control.reset) this.badReleases.clear();
    for (const sha of control.badReleases ?? []) this.badReleases.add(sha);
    if (control.break) this.break(control.break.resource, control.break.problem, control.break.messages);
    this.changed();
    return this.inspect();
  }

  add(input: FleetResourceInput): string {
    const r = FleetResourceInput.parse(input);
    const now = new Date(this.options.clock.now()).toISOString();
    const resource: Resource = {
      type: r.type,
      id: r.id,
      tags: r.tags,
      createdAt: now,
      desired: r.type === "ecs-service" ? r.desiredCount : r.type === "autoscaling-group" ? r.desired : 0,
      max: r.type === "autoscaling-group" ? r.max : 0,
      deployments:
        r.type === "ecs-service"
          ? [
              {
                Id: `ecs-svc/${this.next()}`,
                TaskDefinition: `${r.id.split("/")[1]}:1`,
                CreatedAt: now,
                Status: "PRIMARY",
              },
            ]
          : [],
      state: "running",
      ssmOnline: r.type === "ec2-instance" ? r.ssmOnline : false,
      aliasVersion: r.type === "lambda-alias" ? r.versions : 0,
      versions: r.type === "lambda-alias" ? r.versions : 0,
      messages: r.type === "sqs-queue" ? r.messages : 0,
      actions: [],
      ...(r.release ? { release: { ...r.release } } : {}),
    };
    const key = `${r.type}/${r.id}`;
    this.resources.set(key, resource);
    return key;
  }

  /** Gives a resource a problem; its metrics follow at once. */
  break(key: string, problem: Problem, messages?: number): void {
    const resource =
      this.resources.get(key) ?? standInError("ecs", "ResourceNotFoundException", `no resource ${key} in the fleet`);
    resource.problem = problem;
    if (problem === "bad-deploy") {
      resource.versions += 1;
      resource.aliasVersion = resource.versions;
      resource.badVersion = resource.versions;
    }
    if (problem === "dlq-backlog") resource.messages = messages ?? Math.max(resource.messages, 25);
    this.changed();
  }

  /**
   * A commit reached an environment of a repository (the GitHub stand-in's deployments): resources that
   * run it take it (an ECS service rolls to a new deployment); a commit in `badReleases` makes them
   * misbehave (CPU, errors) until another commit replaces it.
   */
  released(deployment: { repository: string; environment: string; sha: string }): void {
    let changed = false;
    for (const r of this.resources.values()) {
      const link = r.release;
      if (
        !link ||
        link.repository.toLowerCase() !== deployment.repository.toLowerCase() ||
        link.environment !== deployment.environment ||
        link.sha === deployment.sha
      )
        continue;
      link.sha = deployment.sha;
      if (r.type === "ecs-service") {
        for (const d of r.deployments) d.Status = "ACTIVE";
        r.deployments = [
          {
            Id: `ecs-svc/${this.next()}`,
            TaskDefinition: `${r.id.split("/")[1]}:${deployment.sha.slice(0, 7)}`,
            CreatedAt: this.nowIso(),
            Status: "PRIMARY",
          },
          ...r.deployments,
        ].slice(0, 5);
      }
      if (this.badReleases.has(deployment.sha)) r.problem = "bad-release";
      else if (r.problem === "bad-release") delete r.problem;
      changed = true;
    }
    if (changed) this.changed();
  }

  /** The metric a resource reports, or undefined when the fleet has no such resource or metric. */
  metric(namespace: string, name: string, dimensions: Record<string, string>): number | undefined {
    const d = dimensions;
    const key =
      d.ClusterName && d.ServiceName
        ? `ecs-service/${d.ClusterName}/${d.ServiceName}`
        : d.AutoScalingGroupName
          ? `autoscaling-group/${d.AutoScalingGroupName}`
          : d.InstanceId
            ? `ec2-instance/${d.InstanceId}`
            : d.Resource
              ? `lambda-alias/${d.Resource}`
              : d.QueueName
                ? `sqs-queue/${d.QueueName}`
                : undefined;
    const resource = key ? this.resources.get(key) : undefined;
    if (!resource) return undefined;
    void namespace;
    if (name === "ApproximateNumberOfMessagesVisible") return resource.messages;
    const sick: Record<string, Problem> = {
      MemoryUtilization: "memory-leak",
      CPUUtilization: "cpu-saturated",
      StatusCheckFailed_Instance: "status-check-failed",
      StatusCheckFailed: "status-check-failed",
      disk_used_percent: "disk-full",
      Errors: "bad-deploy",
    };
    const healthy = HEALTHY_METRICS[name];
    if (healthy === undefined) return undefined;
    const badRelease = resource.problem === "bad-release" && (name === "CPUUtilization" || name === "Errors");
    if (resource.problem !== sick[name] && !badRelease) return healthy;
    return { MemoryUtilization: 96, CPUUtilization: 93, disk_used_percent: 97, Errors: 40 }[name] ?? 1;
  }

  inspect() {
    return {
      faults: this.faults,
      resources: [...this.resources].map(([key, r]) => ({
        key,
        problem: r.problem ?? null,
        tags: r.tags,
        ...(r.type === "ecs-service" || r.type === "autoscaling-group" ? { desired: r.desired } : {}),
        ...(r.type === "lambda-alias" ? { aliasVersion: r.aliasVersion, versions: r.versions } : {}),
        ...(r.type === "sqs-queue" ? { messages: r.messages } : {}),
        ...(r.release ? { release: r.release } : {}),
        actions: r.actions,
      })),
    };
  }

  shutdown(): void {
    this.stopping.abort(new Error("the local cloud is stopping"));
  }

  // ── ECS ────────────────────────────────────────────────────────────────────────────────────

  private describeServices(p: Record<string, unknown>) {
    const cluster = clusterName(p.Cluster);
    const services: unknown[] = [];
    const failures: unknown[] = [];
    for (const name of (p.Services as string[] | undefined) ?? []) {
      const r = this.resources.get(`ecs-service/${cluster}/${serviceName(name)}`);
      const arn = `arn:aws:ecs:${this.region}:${this.account}:service/${cluster}/${serviceName(name)}`;
      if (!r) {
        failures.push({ Arn: arn, Reason: "MISSING" });
        continue;
      }
      services.push({
        ServiceArn: arn,
        ServiceName: serviceName(name),
        ClusterArn: `arn:aws:ecs:${this.region}:${this.account}:cluster/${cluster}`,
        Status: "ACTIVE",
        DesiredCount: r.desired,
        RunningCount: r.desired,
        Deployments: r.deployments,
        ...(Array.isArray(p.Include) && p.Include.includes("TAGS") ? { Tags: tagList(r.tags) } : {}),
      });
    }
    return { Services: services, Failures: failures };
  }

  private updateService(p: Record<string, unknown>) {
    const cluster = clusterName(p.Cluster);
    const r = this.require(
      "ecs",
      `ecs-service/${cluster}/${serviceName(p.Service)}`,
      "ServiceNotFoundException",
      "Service not found.",
    );
    const now = this.nowIso();
    if (typeof p.DesiredCount === "number") {
      if (p.DesiredCount < 0) standInError("ecs", "InvalidParameterException", "desiredCount must be at least 0");
      const before = r.desired;
      r.desired = p.DesiredCount;
      this.act(r, "ecs:updateService", p.DesiredCount > before ? "cpu-saturated" : undefined);
    }
    if (p.ForceNewDeployment === true) {
      for (const d of r.deployments) d.Status = "ACTIVE";
      r.deployments = [
        {
          Id: `ecs-svc/${this.next()}`,
          TaskDefinition: r.deployments[0]?.TaskDefinition ?? "task:1",
          CreatedAt: now,
          Status: "PRIMARY",
        },
        ...r.deployments,
      ].slice(0, 5);
      this.act(r, "ecs:updateService", "memory-leak");
    }
    return this.describeServices({ Cluster: cluster, Services: [serviceName(p.Service)], Include: ["TAGS"] })
      .Services[0];
  }

  // ── EC2 + SSM ──────────────────────────────────────────────────────────────────────────────

  private instances(ids: unknown): Resource[] {
    return ((ids as string[] | undefined) ?? []).map((id) =>
      this.require(
        "ec2",
        `ec2-instance/${id}`,
        "InvalidInstanceIDNotFoundException",
        `The instance ID '${id}' does not exist`,
      ),
    );
  }

  private describeInstances(p: Record<string, unknown>) {
    return {
      Reservations: this.instances(p.InstanceIds).map((r) => ({
        Instances: [{ InstanceId: r.id, State: { Name: r.state }, Tags: tagList(r.tags), LaunchTime: r.createdAt }],
      })),
    };
  }

  private rebootInstances(p: Record<string, unknown>) {
    for (const r of this.instances(p.InstanceIds)) this.act(r, "ec2:rebootInstances", "status-check-failed");
    return {};
  }

  private describeInstanceInformation(p: Record<string, unknown>) {
    const filters = (p.Filters as { Key: string; Values: string[] }[] | undefined) ?? [];
    const ids = filters.find((f) => f.Key === "InstanceIds")?.Values ?? [];
    return {
      InstanceInformationList: ids
        .map((id) => this.resources.get(`ec2-instance/${id}`))
        .filter((r): r is Resource => r?.ssmOnline === true)
        .map((r) => ({ InstanceId: r.id, PingStatus: "Online", PlatformType: "Linux" })),
    };
  }

  private sendCommand(p: Record<string, unknown>) {
    const targets = this.instances(p.InstanceIds);
    for (const r of targets) {
      if (!r.ssmOnline)
        standInError("ssm", "InvalidInstanceIdException", `Instances [${r.id}] not in a valid state for account`);
      this.act(r, "ssm:sendCommand", p.DocumentName === "AWS-RunShellScript" ? "disk-full" : undefined);
    }
    return {
      Command: {
        CommandId: `cmd-${this.next()}`,
        DocumentName: p.DocumentName,
        Status: "Pending",
        InstanceIds: targets.map((t) => t.id),
      },
    };
  }

  // ── Auto Scaling ───────────────────────────────────────────────────────────────────────────

  private describeAutoScalingGroups(p: Record<string, unknown>) {
    const names = (p.AutoScalingGroupNames as string[] | undefined) ?? [];
    return {
      AutoScalingGroups: names
        .map((name) => this.resources.get(`autoscaling-group/${name}`))
        .filter((r): r is Resource => r !== undefined)
        .map((r) => ({
          AutoScalingGroupName: r.id,
          MinSize: 1,
          MaxSize: r.max,
          DesiredCapacity: r.desired,
          Instances: [],
          Tags: tagList(r.tags).map((t) => ({
            ...t,
            ResourceId: r.id,
            ResourceType: "auto-scaling-group",
            PropagateAtLaunch: true,
          })),
        })),
    };
  }

  private setDesiredCapacity(p: Record<string, unknown>) {
    const r = this.require(
      "autoscaling",
      `autoscaling-group/${String(p.AutoScalingGroupName)}`,
      "ValidationErrorException",
      "AutoScalingGroup name not found",
    );
    const desired = Number(p.DesiredCapacity);
    if (!(desired <= r.max))
      standInError(
        "autoscaling",
        "ValidationErrorException",
        `New SetDesiredCapacity value ${desired} is above max value ${r.max} for the AutoScalingGroup.`,
      );
    const before = r.desired;
    r.desired = desired;
    this.act(r, "autoscaling:setDesiredCapacity", desired > before ? "cpu-saturated" : undefined);
    return {};
  }

  // ── Lambda ─────────────────────────────────────────────────────────────────────────────────

  private alias(p: Record<string, unknown>): Resource {
    return this.require(
      "lambda",
      `lambda-alias/${String(p.FunctionName)}:${String(p.Name)}`,
      "ResourceNotFoundException",
      `Alias not found: ${String(p.FunctionName)}:${String(p.Name)}`,
    );
  }

  private functionOf(name: unknown): Resource {
    const fn = String(name)
      .replace(/^arn:aws:lambda:[^:]+:\d+:function:/, "")
      .split(":")[0];
    const r = [...this.resources.values()].find((x) => x.type === "lambda-alias" && x.id.split(":")[0] === fn);
    return r ?? standInError("lambda", "ResourceNotFoundException", `Function not found: ${String(name)}`);
  }

  private aliasView(r: Resource) {
    const [fn, name] = r.id.split(":");
    return {
      AliasArn: `arn:aws:lambda:${this.region}:${this.account}:function:${fn}:${name}`,
      Name: name,
      FunctionVersion: String(r.aliasVersion),
      Description: "",
    };
  }

  private getAlias(p: Record<string, unknown>) {
    return this.aliasView(this.alias(p));
  }

  private listVersions(p: Record<string, unknown>) {
    const r = this.functionOf(p.FunctionName);
    return {
      Versions: [
        { Version: "$LATEST" },
        ...Array.from({ length: r.versions }, (_, i) => ({ Version: String(i + 1), LastModified: r.createdAt })),
      ],
    };
  }

  private listTags(p: Record<string, unknown>) {
    return { Tags: this.functionOf(p.Resource).tags };
  }

  private updateAlias(p: Record<string, unknown>) {
    const r = this.alias(p);
    const version = Number(p.FunctionVersion);
    if (!Number.isInteger(version) || version < 1 || version > r.versions)
      standInError("lambda", "ResourceNotFoundException", `Function version ${String(p.FunctionVersion)} not found`);
    r.aliasVersion = version;
    this.act(
      r,
      "lambda:updateAlias",
      r.badVersion !== undefined && version !== r.badVersion ? "bad-deploy" : undefined,
    );
    return this.aliasView(r);
  }

  // ── SQS ────────────────────────────────────────────────────────────────────────────────────

  private queue(url: unknown): Resource {
    const name = String(url).split("/").at(-1) ?? "";
    return this.require(
      "sqs",
      `sqs-queue/${name}`,
      "QueueDoesNotExistException",
      "The specified queue does not exist.",
    );
  }

  private getQueueAttributes(p: Record<string, unknown>) {
    const r = this.queue(p.QueueUrl);
    return {
      Attributes: {
        QueueArn: `arn:aws:sqs:${this.region}:${this.account}:${r.id}`,
        ApproximateNumberOfMessages: String(r.messages),
      },
    };
  }

  private listQueueTags(p: Record<string, unknown>) {
    return { Tags: this.queue(p.QueueUrl).tags };
  }

  private startMessageMoveTask(p: Record<string, unknown>) {
    const r = this.queue(
      String(p.SourceArn ?? "")
        .split(":")
        .at(-1),
    );
    this.act(r, "sqs:startMessageMoveTask", "dlq-backlog");
    return { TaskHandle: `move-${this.next()}` };
  }

  // ── health ─────────────────────────────────────────────────────────────────────────────────

  /** Records the action; after the effect time, heals `heals` if that is the resource's problem. */
  private act(r: Resource, call: string, heals: Problem | undefined): void {
    r.actions.push({ call, at: this.nowIso() });
    if (!heals) return;
    const key = `${r.type}/${r.id}`;
    const noHeal = this.faults.noHeal?.some((k) => k === "*" || k === key) ?? false;
    const seconds = (this.options.effectSeconds ?? 30) * (this.faults.slow ?? 1);
    void this.options.clock
      .sleep(seconds * 1000, this.stopping)
      .then(() => {
        if (noHeal || r.problem !== heals) return;
        delete r.problem;
        if (heals === "dlq-backlog") r.messages = 0;
        if (heals === "bad-deploy") delete r.badVersion;
        this.changed();
      })
      .catch(this.failures.handler(`fleet heal of ${key}`, this.stopping));
  }

  private injectedFailure(call: string, service: string): void {
    const fault = this.faults.failAction;
    if (!fault || fault.call !== call || fault.times <= 0) return;
    fault.times -= 1;
    standInError(service, fault.error, fault.message ?? `${call} failed (injected fault)`);
  }

  private require(service: string, key: string, exception: string, message: string): Resource {
    return this.resources.get(key) ?? standInError(service, exception, message);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private nowIso(): string {
    return new Date(this.options.clock.now()).toISOString();
  }

  private next(): string {
    this.counter += 1;
    return String(this.counter).padStart(6, "0");
  }
}

function standInError(service: string, exception: string, message: string): never {
  throw new StatesError(
    sdkErrorName(service, exception),
    `${message} (Service: ${sdkServiceName(service)}, Status Code: 400)`,
  );
}

const tagList = (tags: Record<string, string>) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
const clusterName = (cluster: unknown) =>
  String(cluster ?? "default")
    .split("/")
    .at(-1) ?? "default";
const serviceName = (service: unknown) => String(service).split("/").at(-1) ?? "";
