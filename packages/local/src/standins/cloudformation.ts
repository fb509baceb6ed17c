import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { BackgroundFailures } from "../background";
import { Cancellation } from "../stepfunctions/cancellation";
import type { EngineClock } from "../stepfunctions/clock";
import { StatesError } from "../stepfunctions/errors";
import type { SdkAction } from "../stepfunctions/integrations";

/**
 * CloudFormation stand-in — what the provisioning workflows reach as `aws-sdk:cloudformation:*`.
 *
 * Modelled: CreateChangeSet (CREATE for a new stack, which sits in REVIEW_IN_PROGRESS as in AWS;
 * UPDATE for an existing one), DescribeChangeSet (per-resource Add/Modify/Remove), ExecuteChangeSet,
 * DescribeStacks (status, reason, resolved Outputs), DescribeStackEvents (newest first),
 * DeleteStack (idempotent; a stack that does not exist is a no-op, as in AWS), DeleteChangeSet.
 * Templates are parsed and checked as CloudFormation does at CreateChangeSet: JSON only, every Ref
 * and Fn::GetAtt must name a resource, and every resource type must be one the catalog renders
 * ("Unrecognized resource types"). Resources are created in dependency order, each taking
 * `resourceSeconds` of engine time (scaled locally), and get deterministic physical ids and ARNs.
 * Operations on one stack queue behind each other (a delete during a create waits for it).
 *
 * Not modelled: resource properties are not validated beyond intrinsic references; nothing is
 * actually created; drift, nested stacks, stack policies, YAML templates.
 *
 * Durable with a `stateFile` (PLINTH_DATA_DIR): stacks and change sets are saved (every 250 ms when
 * changed, and on shutdown) and loaded by the next start. An operation the process stopped in the
 * middle of is not resumed: it ends as a failed operation would (a create rolled back, a delete
 * DELETE_FAILED), with the reason, and the provisioning workflow reports it like any other failure.
 *
 * Fault injection (POST /_plinth/cloudformation): `failResource` (a logical id or resource type
 * fails with a reason on the next N creates, the stack rolls back), `failDelete` (the next N
 * deletes end DELETE_FAILED), `slow` (multiply every resource's time).
 */
export interface CloudFormationFaults {
  failResource?: { match: string; reason?: string; times?: number };
  failDelete?: { reason?: string; times?: number };
  slow?: number;
}

interface Resource {
  type: string;
  properties: Record<string, unknown>;
  physicalId?: string;
}

interface StackEvent {
  StackId: string;
  EventId: string;
  StackName: string;
  LogicalResourceId: string;
  PhysicalResourceId: string;
  ResourceType: string;
  Timestamp: string;
  ResourceStatus: string;
  ResourceStatusReason?: string;
}

interface ChangeSet {
  id: string;
  name: string;
  type: "CREATE" | "UPDATE";
  template: Template;
  status: "CREATE_PENDING" | "CREATE_COMPLETE" | "FAILED";
  executionStatus: "UNAVAILABLE" | "AVAILABLE" | "EXECUTE_IN_PROGRESS" | "EXECUTE_COMPLETE" | "OBSOLETE";
  statusReason?: string;
  changes: { Type: "Resource"; ResourceChange: Record<string, unknown> }[];
  creationTime: string;
}

interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  Outputs?: Record<string, { Description?: string; Value: unknown }>;
}

interface Stack {
  name: string;
  id: string;
  status: string;
  statusReason?: string;
  template?: Template;
  resources: Map<string, Resource>;
  events: StackEvent[];
  outputs: { OutputKey: string; OutputValue: string; Description?: string }[];
  changeSets: Map<string, ChangeSet>;
  tags: unknown[];
  creationTime: string;
  queue: Promise<void>;
}

export interface CloudFormationOptions {
  /** Where failures of background work are reported (stderr, and `GET /_plinth/failures`). */
  failures?: BackgroundFailures;
  clock: EngineClock;
  allowedResourceTypes: readonly string[];
  region?: string;
  account?: string;
  /** Engine seconds each resource takes to create or delete. */
  resourceSeconds?: number;
  changeSetSeconds?: number;
  /** Keep stacks here across restarts (see above). */
  stateFile?: string;
  /**
   * Told of each resource a stack created, with the stack's tags (which CloudFormation copies onto
   * its resources): the local cloud puts the ones the fleet models (SQS queues) there, as they would
   * exist in the account — so an alarm on a provisioned queue reads its tags like in AWS.
   */
  onResourceCreated?: (resource: { type: string; physicalId: string; tags: Record<string, string> }) => void;
}

/** A resource's life in the account: what the Cost Explorer stand-in bills by the hour. */
export interface ResourceLifetime {
  stack: string;
  logicalId: string;
  physicalId: string;
  type: string;
  properties: Record<string, unknown>;
  tags: Record<string, string>;
  /** Epoch ms on the engine's clock. */
  from: number;
  to?: number;
}

function tagsOf(tags: unknown[]): Record<string, string> {
  return Object.fromEntries(
    tags.flatMap((tag) => {
      const { Key, Value } = (tag ?? {}) as { Key?: unknown; Value?: unknown };
      return typeof Key === "string" && typeof Value === "string" ? [[Key, Value]] : [];
    }),
  );
}

/** How an operation interrupted by a stop ends on the next start. */
const INTERRUPTED: Record<string, string> = {
  CREATE_IN_PROGRESS: "ROLLBACK_COMPLETE",
  ROLLBACK_IN_PROGRESS: "ROLLBACK_COMPLETE",
  UPDATE_IN_PROGRESS: "UPDATE_ROLLBACK_COMPLETE",
  UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_COMPLETE",
  DELETE_IN_PROGRESS: "DELETE_FAILED",
};

export class CloudFormationStandIn {
  readonly actions: Readonly<Record<string, SdkAction>>;
  private readonly byName = new Map<string, Stack>();
  private readonly byId = new Map<string, Stack>();
  private faults: CloudFormationFaults = {};
  private readonly stopping = new Cancellation();
  /** Failures of background work, reported and kept (see background.ts). */
  get failures(): BackgroundFailures {
    this.options.failures ??= new BackgroundFailures();
    return this.options.failures;
  }
  private readonly region: string;
  private readonly account: string;
  private eventCounter = 0;
  private saved = "";
  private saver: NodeJS.Timeout | undefined;

  constructor(private readonly options: CloudFormationOptions) {
    this.region = options.region ?? "us-east-1";
    this.account = options.account ?? "000000000000";
    if (options.stateFile) {
      this.load(options.stateFile);
      this.saver = setInterval(() => this.save(), 250);
      this.saver.unref();
    }
    this.actions = {
      createChangeSet: async (p) => this.createChangeSet(params(p)),
      describeChangeSet: async (p) => this.describeChangeSet(params(p)),
      executeChangeSet: async (p) => this.executeChangeSet(params(p)),
      deleteChangeSet: async (p) => this.deleteChangeSet(params(p)),
      describeStacks: async (p) => this.describeStacks(params(p)),
      describeStackEvents: async (p) => this.describeStackEvents(params(p)),
      deleteStack: async (p) => this.deleteStack(params(p)),
    };
  }

  /** The control endpoint: replaces the faults. */
  inject(faults: CloudFormationFaults): CloudFormationFaults {
    this.faults = { ...faults };
    return this.faults;
  }

  /** What a developer sees at GET /_plinth/cloudformation. */
  inspect() {
    return {
      faults: this.faults,
      stacks: [...this.byId.values()].map((s) => ({
        name: s.name,
        id: s.id,
        status: s.status,
        statusReason: s.statusReason,
        resources: Object.fromEntries(
          [...s.resources].map(([id, r]) => [id, { type: r.type, physicalId: r.physicalId }]),
        ),
        outputs: s.outputs,
      })),
    };
  }

  /**
   * Every resource any stack has created, with when it was created and (once deleted) when it went,
   * from the stacks' events — what the Cost Explorer stand-in bills. Tags are the stack's, which
   * CloudFormation copies onto its resources.
   */
  resourceLifetimes(): ResourceLifetime[] {
    const lifetimes: ResourceLifetime[] = [];
    for (const stack of this.byId.values()) {
      const tags = tagsOf(stack.tags);
      const open = new Map<string, ResourceLifetime>();
      for (const event of stack.events) {
        if (event.ResourceType === "AWS::CloudFormation::Stack") continue;
        const id = event.LogicalResourceId;
        if (event.ResourceStatus === "CREATE_COMPLETE") {
          const lifetime: ResourceLifetime = {
            stack: stack.name,
            logicalId: id,
            physicalId: event.PhysicalResourceId,
            type: event.ResourceType,
            properties:
              stack.resources.get(id)?.properties ??
              stack.template?.Resources[id]?.Properties ??
              ({} as Record<string, unknown>),
            tags,
            from: Date.parse(event.Timestamp),
          };
          open.set(id, lifetime);
          lifetimes.push(lifetime);
        } else if (event.ResourceStatus === "DELETE_COMPLETE") {
          const lifetime = open.get(id);
          if (lifetime) lifetime.to = Date.parse(event.Timestamp);
          open.delete(id);
        }
      }
    }
    return lifetimes;
  }

  /** Every stack that exists (not deleted), by name: what a test checks for leftovers. */
  liveStacks(): { name: string; status: string }[] {
    return [...this.byName.values()].map((s) => ({ name: s.name, status: s.status }));
  }

  shutdown(): void {
    // Saved before the stop aborts what is in progress, so the next start sees it was interrupted.
    this.save();
    clearInterval(this.saver);
    this.saver = undefined;
    this.options.stateFile = undefined;
    this.stopping.abort(new Error("the local cloud is stopping"));
  }

  private save(): void {
    const file = this.options.stateFile;
    if (!file) return;
    const text = JSON.stringify(
      [...this.byId.values()].map(({ queue: _queue, resources, changeSets, ...stack }) => ({
        ...stack,
        live: this.byName.get(stack.name)?.id === stack.id,
        resources: [...resources],
        changeSets: [...changeSets],
      })),
    );
    if (text === this.saved) return;
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    this.saved = text;
  }

  private load(file: string): void {
    let stacks: (Omit<Stack, "queue" | "resources" | "changeSets"> & {
      live: boolean;
      resources: [string, Resource][];
      changeSets: [string, ChangeSet][];
    })[];
    try {
      stacks = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      return; // nothing saved yet
    }
    for (const { live, resources, changeSets, ...saved } of stacks) {
      const stack: Stack = {
        ...saved,
        resources: new Map(resources),
        changeSets: new Map(changeSets),
        queue: Promise.resolve(),
      };
      this.eventCounter += stack.events.length;
      this.byId.set(stack.id, stack);
      if (live) this.byName.set(stack.name, stack);
      const ended = INTERRUPTED[stack.status];
      if (ended) {
        const reason = `the local cloud stopped while this stack was ${stack.status}; the stand-in does not resume operations`;
        stack.status = ended;
        stack.statusReason = reason;
        this.stackEvent(stack, ended, reason);
      }
      for (const changeSet of stack.changeSets.values()) {
        if (changeSet.status === "CREATE_PENDING") {
          changeSet.status = "FAILED";
          changeSet.statusReason = "the local cloud stopped while the change set was being created";
        }
      }
    }
  }

  // ── operations ─────────────────────────────────────────────────────────────────────────────

  private createChangeSet(p: Record<string, unknown>) {
    const stackName = required(p, "StackName");
    const changeSetName = required(p, "ChangeSetName");
    const type = (p.ChangeSetType ?? "UPDATE") as "CREATE" | "UPDATE";
    const template = this.parseTemplate(required(p, "TemplateBody"));
    let stack = this.byName.get(stackName);
    if (type === "CREATE") {
      if (stack && stack.status !== "REVIEW_IN_PROGRESS")
        throw cfnError(
          `Stack [${stackName}] already exists and cannot be created again with the changeSet [${changeSetName}].`,
          "AlreadyExistsException",
        );
      stack ??= this.newStack(stackName, p.Tags);
    } else if (!stack || stack.status === "REVIEW_IN_PROGRESS") {
      throw cfnError(`Stack [${stackName}] does not exist`);
    }
    if (stack.changeSets.has(changeSetName))
      throw cfnError(`ChangeSet [${changeSetName}] already exists`, "AlreadyExistsException");
    const id = `arn:aws:cloudformation:${this.region}:${this.account}:changeSet/${changeSetName}/${digest(stack.id + changeSetName)}`;
    const changeSet: ChangeSet = {
      id,
      name: changeSetName,
      type,
      template,
      status: "CREATE_PENDING",
      executionStatus: "UNAVAILABLE",
      changes: diff(stack.template, template),
      creationTime: this.now(),
    };
    stack.changeSets.set(changeSetName, changeSet);
    void this.sleep(this.options.changeSetSeconds ?? 1).then(
      () => {
        if (changeSet.changes.length === 0) {
          changeSet.status = "FAILED";
          changeSet.statusReason =
            "The submitted information didn't contain changes. Submit different information to create a change set.";
        } else {
          changeSet.status = "CREATE_COMPLETE";
          changeSet.executionStatus = "AVAILABLE";
        }
      },
      () => undefined,
    );
    return { Id: id, StackId: stack.id };
  }

  private describeChangeSet(p: Record<string, unknown>) {
    const { stack, changeSet } = this.changeSet(p);
    return {
      ChangeSetName: changeSet.name,
      ChangeSetId: changeSet.id,
      StackId: stack.id,
      StackName: stack.name,
      Status: changeSet.status,
      ExecutionStatus: changeSet.executionStatus,
      ...(changeSet.statusReason ? { StatusReason: changeSet.statusReason } : {}),
      Changes: changeSet.changes,
      CreationTime: changeSet.creationTime,
    };
  }

  private executeChangeSet(p: Record<string, unknown>) {
    const { stack, changeSet } = this.changeSet(p);
    if (changeSet.executionStatus !== "AVAILABLE") {
      throw cfnError(
        `ChangeSet [${changeSet.id}] cannot be executed in its current execution status of [${changeSet.executionStatus}]`,
        "InvalidChangeSetStatusException",
      );
    }
    changeSet.executionStatus = "EXECUTE_IN_PROGRESS";
    for (const other of stack.changeSets.values()) if (other !== changeSet) other.executionStatus = "OBSOLETE";
    const creating = changeSet.type === "CREATE";
    stack.status = creating ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS";
    this.stackEvent(stack, stack.status, "User Initiated");
    this.enqueue(stack, async () => {
      await this.apply(stack, changeSet.template, creating);
      changeSet.executionStatus = "EXECUTE_COMPLETE";
    });
    return {};
  }

  private deleteChangeSet(p: Record<string, unknown>) {
    const { stack, changeSet } = this.changeSet(p);
    stack.changeSets.delete(changeSet.name);
    return {};
  }

  private describeStacks(p: Record<string, unknown>) {
    const ref = p.StackName as string | undefined;
    const stacks = ref === undefined ? [...this.byName.values()] : [this.stackOrFail(ref)];
    return {
      Stacks: stacks.map((s) => ({
        StackName: s.name,
        StackId: s.id,
        StackStatus: s.status,
        ...(s.statusReason ? { StackStatusReason: s.statusReason } : {}),
        CreationTime: s.creationTime,
        Outputs: s.outputs,
        Tags: s.tags,
      })),
    };
  }

  private describeStackEvents(p: Record<string, unknown>) {
    const stack = this.stackOrFail(required(p, "StackName"));
    return { StackEvents: [...stack.events].reverse() };
  }

  private deleteStack(p: Record<string, unknown>) {
    const ref = required(p, "StackName");
    const stack = this.byName.get(ref) ?? this.byId.get(ref);
    if (!stack || stack.status === "DELETE_COMPLETE") return {};
    this.enqueue(stack, () => this.remove(stack));
    return {};
  }

  // ── behaviour over time ──────────────────────────────────────────────────────────────────────

  private async apply(stack: Stack, template: Template, creating: boolean): Promise<void> {
    const order = creationOrder(template);
    const created: string[] = [];
    for (const logicalId of order) {
      const definition = template.Resources[logicalId] as Template["Resources"][string];
      const resource: Resource = { type: definition.Type, properties: definition.Properties ?? {} };
      resource.physicalId = this.physicalId(stack, logicalId, resource);
      this.resourceEvent(stack, logicalId, resource, "CREATE_IN_PROGRESS");
      await this.sleep(this.options.resourceSeconds ?? 3);
      const fault = this.faults.failResource;
      if (fault && (fault.match === logicalId || fault.match === resource.type) && (fault.times ?? 1) > 0) {
        fault.times = (fault.times ?? 1) - 1;
        const reason =
          fault.reason ??
          `Resource handler returned message: "${resource.type} ${resource.physicalId} could not be created (injected fault)"`;
        this.resourceEvent(stack, logicalId, resource, "CREATE_FAILED", reason);
        await this.rollBack(
          stack,
          created,
          `The following resource(s) failed to create: [${logicalId}]. Rollback requested by user.`,
          creating,
        );
        return;
      }
      stack.resources.set(logicalId, resource);
      created.push(logicalId);
      this.resourceEvent(stack, logicalId, resource, "CREATE_COMPLETE");
      this.options.onResourceCreated?.({
        type: resource.type,
        physicalId: resource.physicalId,
        tags: tagsOf(stack.tags),
      });
    }
    stack.template = template;
    stack.outputs = Object.entries(template.Outputs ?? {}).map(([key, output]) => ({
      OutputKey: key,
      OutputValue: String(this.resolve(stack, output.Value)),
      ...(output.Description ? { Description: output.Description } : {}),
    }));
    stack.status = creating ? "CREATE_COMPLETE" : "UPDATE_COMPLETE";
    stack.statusReason = undefined;
    this.stackEvent(stack, stack.status);
  }

  private async rollBack(stack: Stack, created: string[], reason: string, creating: boolean): Promise<void> {
    stack.status = creating ? "ROLLBACK_IN_PROGRESS" : "UPDATE_ROLLBACK_IN_PROGRESS";
    stack.statusReason = reason;
    this.stackEvent(stack, stack.status, reason);
    for (const logicalId of [...created].reverse()) {
      const resource = stack.resources.get(logicalId) as Resource;
      this.resourceEvent(stack, logicalId, resource, "DELETE_IN_PROGRESS");
      await this.sleep(this.options.resourceSeconds ?? 3);
      stack.resources.delete(logicalId);
      this.resourceEvent(stack, logicalId, resource, "DELETE_COMPLETE");
    }
    stack.status = creating ? "ROLLBACK_COMPLETE" : "UPDATE_ROLLBACK_COMPLETE";
    this.stackEvent(stack, stack.status);
  }

  private async remove(stack: Stack): Promise<void> {
    stack.status = "DELETE_IN_PROGRESS";
    stack.statusReason = undefined;
    this.stackEvent(stack, stack.status, "User Initiated");
    for (const logicalId of [...stack.resources.keys()].reverse()) {
      const resource = stack.resources.get(logicalId) as Resource;
      this.resourceEvent(stack, logicalId, resource, "DELETE_IN_PROGRESS");
      await this.sleep(this.options.resourceSeconds ?? 3);
      const fault = this.faults.failDelete;
      if (fault && (fault.times ?? 1) > 0) {
        fault.times = (fault.times ?? 1) - 1;
        const reason = fault.reason ?? `${resource.type} ${resource.physicalId} could not be deleted (injected fault)`;
        this.resourceEvent(stack, logicalId, resource, "DELETE_FAILED", reason);
        stack.status = "DELETE_FAILED";
        stack.statusReason = `The following resource(s) failed to delete: [${logicalId}].`;
        this.stackEvent(stack, stack.status, stack.statusReason);
        return;
      }
      stack.resources.delete(logicalId);
      this.resourceEvent(stack, logicalId, resource, "DELETE_COMPLETE");
    }
    stack.status = "DELETE_COMPLETE";
    stack.outputs = [];
    this.stackEvent(stack, stack.status);
    // As in AWS, a deleted stack is found by its id, no longer by its name.
    if (this.byName.get(stack.name) === stack) this.byName.delete(stack.name);
  }

  private enqueue(stack: Stack, work: () => Promise<void>): void {
    stack.queue = stack.queue
      .then(work)
      .catch(this.failures.handler(`CloudFormation stack ${stack.name}`, this.stopping));
  }

  private sleep(seconds: number): Promise<void> {
    return this.options.clock.sleep(seconds * 1000 * (this.faults.slow ?? 1), this.stopping);
  }

  // ── templates, names and events ──────────────────────────────────────────────────────────────

  private parseTemplate(body: string): Template {
    let template: unknown;
    try {
      template = JSON.parse(body);
    } catch {
      throw cfnError("Template format error: JSON not well-formed (this stand-in reads JSON templates only)");
    }
    const resources = (template as { Resources?: unknown }).Resources;
    if (!resources || typeof resources !== "object" || Object.keys(resources).length === 0) {
      throw cfnError("Template format error: At least one Resources member must be defined.");
    }
    const parsed = template as Template;
    const unknownTypes = [...new Set(Object.values(parsed.Resources).map((r) => r.Type))].filter(
      (type) => !this.options.allowedResourceTypes.includes(type),
    );
    if (unknownTypes.length > 0)
      throw cfnError(`Template format error: Unrecognized resource types: [${unknownTypes.join(", ")}]`);
    const missing = [...references(parsed)].filter((name) => !(name in parsed.Resources) && !name.startsWith("AWS::"));
    if (missing.length > 0) {
      throw cfnError(
        `Template format error: Unresolved resource dependencies [${missing.join(", ")}] in the Resources block of the template`,
      );
    }
    return parsed;
  }

  private newStack(name: string, tags: unknown): Stack {
    const id = `arn:aws:cloudformation:${this.region}:${this.account}:stack/${name}/${digest(`${name}${this.options.clock.now()}`)}`;
    const stack: Stack = {
      name,
      id,
      status: "REVIEW_IN_PROGRESS",
      resources: new Map(),
      events: [],
      outputs: [],
      changeSets: new Map(),
      tags: Array.isArray(tags) ? tags : [],
      creationTime: this.now(),
      queue: Promise.resolve(),
    };
    this.byName.set(name, stack);
    this.byId.set(id, stack);
    this.stackEvent(stack, "REVIEW_IN_PROGRESS", "User Initiated");
    return stack;
  }

  private physicalId(stack: Stack, logicalId: string, resource: Resource): string {
    const named = (key: string) =>
      typeof resource.properties[key] === "string" ? (resource.properties[key] as string) : undefined;
    const fallback = `${stack.name}-${logicalId}-${digest(stack.id + logicalId)
      .slice(0, 12)
      .toUpperCase()}`;
    switch (resource.type) {
      case "AWS::S3::Bucket":
        return named("BucketName") ?? fallback.toLowerCase();
      case "AWS::SQS::Queue":
        return `https://sqs.${this.region}.amazonaws.com/${this.account}/${named("QueueName") ?? fallback}`;
      case "AWS::DynamoDB::Table":
        return named("TableName") ?? fallback;
      case "AWS::IAM::Role":
        return named("RoleName") ?? fallback;
      case "AWS::Logs::LogGroup":
        return named("LogGroupName") ?? fallback;
      case "AWS::Lambda::Function":
        return named("FunctionName") ?? fallback;
      case "AWS::CloudWatch::Alarm":
        return named("AlarmName") ?? fallback;
      case "AWS::KMS::Key":
        return uuidOf(stack.id + logicalId);
      default:
        return fallback;
    }
  }

  private attribute(stack: Stack, logicalId: string, name: string): string {
    const resource = stack.resources.get(logicalId);
    if (!resource?.physicalId) throw cfnError(`Template error: resource ${logicalId} has no physical id yet`);
    const id = resource.physicalId;
    const arn = (service: string, rest: string, region = this.region) =>
      `arn:aws:${service}:${region}:${this.account}:${rest}`;
    const arns: Record<string, string> = {
      "AWS::S3::Bucket": `arn:aws:s3:::${id}`,
      "AWS::SQS::Queue": arn("sqs", id.split("/").at(-1) as string),
      "AWS::DynamoDB::Table": arn("dynamodb", `table/${id}`),
      "AWS::IAM::Role": `arn:aws:iam::${this.account}:role/${id}`,
      "AWS::Logs::LogGroup": arn("logs", `log-group:${id}:*`),
      "AWS::Lambda::Function": arn("lambda", `function:${id}`),
      "AWS::CloudWatch::Alarm": arn("cloudwatch", `alarm:${id}`),
      "AWS::KMS::Key": arn("kms", `key/${id}`),
    };
    if (name === "Arn" && arns[resource.type]) return arns[resource.type] as string;
    if (name === "QueueName" && resource.type === "AWS::SQS::Queue") return id.split("/").at(-1) as string;
    if (name === "QueueUrl" && resource.type === "AWS::SQS::Queue") return id;
    if (name === "StreamArn" && resource.type === "AWS::DynamoDB::Table")
      return `${arns[resource.type]}/stream/${this.now()}`;
    throw cfnError(
      `Template error: resource ${logicalId} (${resource.type}) has no attribute ${name} in this stand-in`,
    );
  }

  private resolve(stack: Stack, value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.resolve(stack, v));
    if (value === null || typeof value !== "object") return value;
    const node = value as Record<string, unknown>;
    if ("Ref" in node) {
      const ref = node.Ref as string;
      const pseudo: Record<string, string> = {
        "AWS::Region": this.region,
        "AWS::AccountId": this.account,
        "AWS::StackName": stack.name,
        "AWS::StackId": stack.id,
      };
      return pseudo[ref] ?? stack.resources.get(ref)?.physicalId;
    }
    if ("Fn::GetAtt" in node) {
      const [logicalId, attribute] = node["Fn::GetAtt"] as [string, string];
      return this.attribute(stack, logicalId, attribute);
    }
    if ("Fn::Sub" in node) {
      return String(node["Fn::Sub"]).replace(/\$\{([^}]+)\}/g, (_, expression: string) => {
        const [logicalId, attribute] = expression.split(".") as [string, string | undefined];
        return String(
          attribute ? this.attribute(stack, logicalId, attribute) : this.resolve(stack, { Ref: logicalId }),
        );
      });
    }
    if ("Fn::Join" in node) {
      const [separator, parts] = node["Fn::Join"] as [string, unknown[]];
      return parts.map((part) => this.resolve(stack, part)).join(separator);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, this.resolve(stack, v)]));
  }

  private resourceEvent(stack: Stack, logicalId: string, resource: Resource, status: string, reason?: string): void {
    this.event(stack, logicalId, resource.physicalId ?? "", resource.type, status, reason);
  }

  private stackEvent(stack: Stack, status: string, reason?: string): void {
    this.event(stack, stack.name, stack.id, "AWS::CloudFormation::Stack", status, reason);
  }

  private event(
    stack: Stack,
    logicalId: string,
    physicalId: string,
    type: string,
    status: string,
    reason?: string,
  ): void {
    stack.events.push({
      StackId: stack.id,
      EventId: `${logicalId}-${++this.eventCounter}`,
      StackName: stack.name,
      LogicalResourceId: logicalId,
      PhysicalResourceId: physicalId,
      ResourceType: type,
      Timestamp: this.now(),
      ResourceStatus: status,
      ...(reason ? { ResourceStatusReason: reason } : {}),
    });
  }

  private changeSet(p: Record<string, unknown>): { stack: Stack; changeSet: ChangeSet } {
    const ref = required(p, "ChangeSetName");
    for (const stack of this.byId.values()) {
      if (p.StackName !== undefined && stack.name !== p.StackName && stack.id !== p.StackName) continue;
      for (const changeSet of stack.changeSets.values()) {
        if (changeSet.name === ref || changeSet.id === ref) return { stack, changeSet };
      }
    }
    throw cfnError(`ChangeSet [${ref}] does not exist`, "ChangeSetNotFoundException");
  }

  private stackOrFail(ref: string): Stack {
    const stack = this.byName.get(ref) ?? this.byId.get(ref);
    if (!stack) throw cfnError(`Stack with id ${ref} does not exist`);
    return stack;
  }

  private now(): string {
    return new Date(this.options.clock.now()).toISOString();
  }
}

/**
 * Errors as Step Functions reports an aws-sdk integration's: `CloudFormation.<Exception>`. Most
 * CloudFormation errors are the generic ValidationError, which the SDK names
 * `CloudFormationException`.
 */
function cfnError(message: string, exception = "CloudFormationException"): StatesError {
  return new StatesError(`CloudFormation.${exception}`, `${message} (Service: CloudFormation, Status Code: 400)`);
}

function params(p: unknown): Record<string, unknown> {
  return p !== null && typeof p === "object" ? (p as Record<string, unknown>) : {};
}

function required(p: Record<string, unknown>, field: string): string {
  const value = p[field];
  if (typeof value !== "string" || value.length === 0)
    throw cfnError(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  return value;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

function uuidOf(text: string): string {
  const h = digest(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Logical ids a template refers to through Ref, Fn::GetAtt and Fn::Sub. */
function references(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) references(v, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === "Ref" && typeof v === "string") found.add(v);
      else if (key === "Fn::GetAtt" && Array.isArray(v) && typeof v[0] === "string") found.add(v[0]);
      else if (key === "Fn::Sub" && typeof v === "string") {
        for (const [, name] of v.matchAll(/\$\{([^}.]+)/g)) found.add(name as string);
      } else references(v, found);
    }
  }
  return found;
}

/** Resources after the resources they reference (CloudFormation's implicit dependencies). */
function creationOrder(template: Template): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string) => {
    if (order.includes(id)) return;
    if (visiting.has(id))
      throw cfnError(`Template format error: Circular dependency between resources: [${[...visiting].join(", ")}]`);
    visiting.add(id);
    for (const dependency of references(template.Resources[id]))
      if (dependency in template.Resources) visit(dependency);
    visiting.delete(id);
    order.push(id);
  };
  for (const id of Object.keys(template.Resources)) visit(id);
  return order;
}

function diff(before: Template | undefined, after: Template): ChangeSet["changes"] {
  const changes: ChangeSet["changes"] = [];
  const old = before?.Resources ?? {};
  for (const [id, resource] of Object.entries(after.Resources)) {
    const previous = old[id];
    if (!previous) changes.push(change("Add", id, resource.Type));
    else if (JSON.stringify(previous) !== JSON.stringify(resource)) {
      changes.push(change("Modify", id, resource.Type, previous.Type !== resource.Type ? "True" : "Conditional"));
    }
  }
  for (const [id, resource] of Object.entries(old))
    if (!(id in after.Resources)) changes.push(change("Remove", id, resource.Type));
  return changes;
}

function change(action: string, logicalId: string, type: string, replacement?: string) {
  return {
    Type: "Resource" as const,
    ResourceChange: {
      Action: action,
      LogicalResourceId: logicalId,
      ResourceType: type,
      ...(replacement ? { Replacement: replacement } : {}),
    },
  };
}
