import { randomUUID } from "node:crypto";
import { SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { z } from "zod";
import { type AwsJsonService, AwsServiceError, paginate, requireString, validationError } from "../aws-gateway";
import { BackgroundFailures } from "../background";
import { Cancellation } from "../stepfunctions/cancellation";
import type { EngineClock } from "../stepfunctions/clock";
import type { LambdaHandler } from "../stepfunctions/integrations";
import { type CompiledPattern, compilePattern, InvalidPatternError, matches } from "./pattern";
import { nextFire, parseSchedule, type Schedule } from "./schedule";
import { type TargetInput, targetInput } from "./transform";

/**
 * The local EventBridge service: AWS JSON 1.1 (`X-Amz-Target: AWSEvents.<Op>`), driven by
 * `@aws-sdk/client-eventbridge` at AWS_ENDPOINT_URL_EVENTBRIDGE. Events are matched with the full
 * pattern language and delivered, at least once, to state machines on the local Step Functions
 * service (through the real SFN client) and to in-process Lambda handlers. Every event put on a bus
 * is archived; a delivery that still fails after its retries becomes a dead-letter record with the
 * reason. Scheduled rules fire on the local clock. Everything is in memory.
 */
const REGION = "us-east-1";
const ACCOUNT = "000000000000";
const MAX_ENTRIES = 10;
const MAX_REQUEST_BYTES = 256 * 1024;
const MAX_TARGETS = 5;
const ARCHIVE_LIMIT = 10_000;

interface Target extends TargetInput {
  Id: string;
  Arn: string;
  RoleArn?: string;
  RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
  DeadLetterConfig?: { Arn?: string };
}

interface Rule {
  name: string;
  arn: string;
  bus: string;
  pattern?: CompiledPattern;
  eventPattern?: string;
  scheduleExpression?: string;
  schedule?: Schedule;
  state: "ENABLED" | "DISABLED";
  description?: string;
  targets: Map<string, Target>;
  createdAt: number;
  timer?: Cancellation;
}

export interface ArchivedEvent {
  /** Position in the archive, counted from the cloud's start: what `/_plinth/events` pages by. */
  seq: number;
  bus: string;
  event: Record<string, unknown>;
  matchedRules: string[];
}

/** `POST /_plinth/events`: events in an AWS service's own shape, for what no stand-in emits itself. */
export const AwsEventEntries = z.strictObject({
  entries: z
    .array(
      z.object({
        Source: z.string().startsWith("aws.", "only aws.* sources: publish your own events with PutEvents"),
        DetailType: z.string().min(1),
        Detail: z.string().min(2),
        Resources: z.array(z.string()).optional(),
      }),
    )
    .min(1)
    .max(MAX_ENTRIES),
});

export interface ArchiveQuery {
  cursor?: string | undefined;
  source?: string | undefined;
  detailType?: string | undefined;
  /** An ISO time: only events at or after it. */
  since?: string | undefined;
  limit?: number | undefined;
}

export interface DeadLetter {
  rule: string;
  targetId: string;
  targetArn: string;
  event: Record<string, unknown>;
  error: string;
  attempts: number;
  at: string;
}

export interface EventBridgeOptions {
  /** Where failures of background work are reported (stderr, and `GET /_plinth/failures`). */
  failures?: BackgroundFailures;
  clock: EngineClock;
  lambdas?: Map<string, LambdaHandler>;
}

export class EventBridgeService implements AwsJsonService {
  readonly targetPrefix = "AWSEvents";
  readonly jsonVersion = "1.1" as const;
  readonly archive: ArchivedEvent[] = [];
  readonly failures: BackgroundFailures;
  private archived = 0;
  readonly deadLetters: DeadLetter[] = [];
  readonly lambdas: Map<string, LambdaHandler>;
  private readonly clock: EngineClock;
  private readonly buses = new Map<string, Map<string, Rule>>([["default", new Map()]]);
  private readonly inflight = new Set<Promise<void>>();
  private readonly stopped = new Cancellation();
  private sfn: SFNClient | undefined;

  constructor(options: EventBridgeOptions) {
    this.clock = options.clock;
    this.failures = options.failures ?? new BackgroundFailures();
    this.lambdas = options.lambdas ?? new Map();
  }

  async handle(operation: string, input: unknown): Promise<unknown> {
    const request = (input ?? {}) as Record<string, unknown>;
    switch (operation) {
      case "CreateEventBus":
        return this.createEventBus(request);
      case "DeleteEventBus":
        return this.deleteEventBus(request);
      case "ListEventBuses":
        return this.listEventBuses(request);
      case "DescribeEventBus":
        return this.describeEventBus(request);
      case "PutRule":
        return this.putRule(request);
      case "DescribeRule":
        return describeRule(this.rule(request.Name, request.EventBusName));
      case "ListRules":
        return this.listRules(request);
      case "EnableRule":
      case "DisableRule":
        return this.setRuleState(request, operation === "EnableRule" ? "ENABLED" : "DISABLED");
      case "DeleteRule":
        return this.deleteRule(request);
      case "PutTargets":
        return this.putTargets(request);
      case "ListTargetsByRule":
        return { Targets: [...this.rule(request.Rule, request.EventBusName).targets.values()] };
      case "RemoveTargets":
        return this.removeTargets(request);
      case "PutEvents":
        return this.putEvents(request, { asAwsService: false });
      case "TestEventPattern":
        return testEventPattern(request);
      default:
        throw new AwsServiceError(
          "UnknownOperationException",
          `the local EventBridge service does not implement ${operation}`,
        );
    }
  }

  /** Resolves when every delivery under way (retries included) has succeeded or been dead-lettered. */
  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  async shutdown(): Promise<void> {
    this.stopped.abort(new Error("the local cloud stopped"));
    for (const rules of this.buses.values()) for (const rule of rules.values()) rule.timer?.abort();
    await Promise.allSettled([...this.inflight]);
    this.sfn?.destroy();
  }

  // ── buses ─────────────────────────────────────────────────────────────────────────────────

  private createEventBus(request: Record<string, unknown>) {
    const name = requireString(request, "Name");
    if (!/^[/.\-_A-Za-z0-9]{1,256}$/.test(name) || name === "default")
      throw validationError(`bus name "${name}" is not allowed`);
    if (this.buses.has(name))
      throw new AwsServiceError("ResourceAlreadyExistsException", `Event bus ${name} already exists.`);
    this.buses.set(name, new Map());
    return { EventBusArn: busArn(name) };
  }

  private deleteEventBus(request: Record<string, unknown>) {
    const name = requireString(request, "Name");
    if (name === "default") throw validationError("Cannot delete event bus default.");
    for (const rule of this.buses.get(name)?.values() ?? []) rule.timer?.abort();
    this.buses.delete(name);
    return {};
  }

  private listEventBuses(request: Record<string, unknown>) {
    const prefix = (request.NamePrefix as string | undefined) ?? "";
    const names = [...this.buses.keys()].filter((name) => name.startsWith(prefix)).sort();
    const { page, nextToken: next } = paginate(names, request.NextToken, request.Limit);
    return {
      EventBuses: page.map((name) => ({ Name: name, Arn: busArn(name) })),
      ...(next ? { NextToken: next } : {}),
    };
  }

  private describeEventBus(request: Record<string, unknown>) {
    const name = busName(request.Name);
    this.bus(name);
    return { Name: name, Arn: busArn(name) };
  }

  private bus(name: string): Map<string, Rule> {
    const rules = this.buses.get(name);
    if (!rules) throw new AwsServiceError("ResourceNotFoundException", `Event bus ${name} does not exist.`);
    return rules;
  }

  // ── rules ─────────────────────────────────────────────────────────────────────────────────

  private putRule(request: Record<string, unknown>) {
    const name = requireString(request, "Name");
    if (!/^[.\-_A-Za-z0-9]{1,64}$/.test(name))
      throw validationError(`rule name "${name}" must be 1–64 letters, digits, ., - or _`);
    const bus = busName(request.EventBusName);
    const rules = this.bus(bus);
    const eventPattern = request.EventPattern as string | undefined;
    const scheduleExpression = request.ScheduleExpression as string | undefined;
    if (!eventPattern && !scheduleExpression)
      throw validationError("Parameter(s) EventPattern or ScheduleExpression must be specified.");
    let pattern: CompiledPattern | undefined;
    if (eventPattern) {
      try {
        pattern = compilePattern(eventPattern);
      } catch (error) {
        if (error instanceof InvalidPatternError)
          throw new AwsServiceError(
            "InvalidEventPatternException",
            `Event pattern is not valid. Reason: ${error.message}`,
          );
        throw error;
      }
    }
    let schedule: Schedule | undefined;
    if (scheduleExpression) {
      if (bus !== "default") throw validationError("ScheduleExpression is supported only on the default event bus.");
      try {
        schedule = parseSchedule(scheduleExpression);
      } catch (error) {
        throw validationError(`Parameter ScheduleExpression is not valid: ${(error as Error).message}`);
      }
    }
    const existing = rules.get(name);
    existing?.timer?.abort();
    const rule: Rule = {
      name,
      arn: ruleArn(bus, name),
      bus,
      state: (request.State as "ENABLED" | "DISABLED" | undefined) ?? "ENABLED",
      targets: existing?.targets ?? new Map(),
      createdAt: existing?.createdAt ?? this.clock.now(),
      ...(pattern ? { pattern, eventPattern } : {}),
      ...(schedule ? { schedule, scheduleExpression } : {}),
      ...(typeof request.Description === "string" ? { description: request.Description } : {}),
    };
    rules.set(name, rule);
    this.arm(rule);
    return { RuleArn: rule.arn };
  }

  private listRules(request: Record<string, unknown>) {
    const prefix = (request.NamePrefix as string | undefined) ?? "";
    const rules = [...this.bus(busName(request.EventBusName)).values()]
      .filter((rule) => rule.name.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken: next } = paginate(rules, request.NextToken, request.Limit);
    return { Rules: page.map(describeRule), ...(next ? { NextToken: next } : {}) };
  }

  private setRuleState(request: Record<string, unknown>, state: "ENABLED" | "DISABLED") {
    const rule = this.rule(request.Name, request.EventBusName);
    rule.state = state;
    rule.timer?.abort();
    this.arm(rule);
    return {};
  }

  private deleteRule(request: Record<string, unknown>) {
    const rule = this.rule(request.Name, request.EventBusName);
    if (rule.targets.size > 0 && request.Force !== true)
      throw validationError("Rule can't be deleted since it has targets.");
    rule.timer?.abort();
    this.bus(rule.bus).delete(rule.name);
    return {};
  }

  private rule(name: unknown, bus: unknown): Rule {
    const rule = this.bus(busName(bus)).get(String(name));
    if (!rule)
      throw new AwsServiceError(
        "ResourceNotFoundException",
        `Rule ${String(name)} does not exist on EventBus ${busName(bus)}.`,
      );
    return rule;
  }

  /**
   * A scheduled rule fires on the local clock, one firing after another, until disabled or deleted.
   * Firings are at least SCHEDULE_REAL_GAP_MS of real time apart: at extreme time scales a schedule
   * would otherwise outpace what it starts (`rate(5 minutes)` at 1/100,000 is every 3 ms, a sweep
   * execution each) and starve the work it watches; the firings in between are skipped. A local-cloud
   * limit, not AWS behaviour; at time scales above 1/3,000 a 5-minute rate never meets it.
   */
  private arm(rule: Rule): void {
    if (!rule.schedule || rule.state !== "ENABLED") return;
    const timer = new Cancellation();
    rule.timer = timer;
    const loop = async () => {
      for (;;) {
        const at = nextFire(rule.schedule as Schedule, this.clock.now(), rule.createdAt);
        if (!Number.isFinite(at)) return;
        await this.clock.sleep(at - this.clock.now(), timer);
        const event = envelope({
          source: "aws.events",
          detailType: "Scheduled Event",
          detail: {},
          resources: [rule.arn],
          time: new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z"),
        });
        this.record(rule.bus, event, [rule.name]);
        this.deliverToRule(rule, event);
        await realPause(SCHEDULE_REAL_GAP_MS, timer);
      }
    };
    loop().catch(this.failures.handler(`EventBridge schedule ${rule.name}`, this.stopped));
  }

  // ── targets ───────────────────────────────────────────────────────────────────────────────

  private putTargets(request: Record<string, unknown>) {
    const rule = this.rule(request.Rule, request.EventBusName);
    const targets = request.Targets as Target[] | undefined;
    if (!Array.isArray(targets) || targets.length === 0)
      throw validationError("Targets must contain at least one target.");
    const ids = new Set([...rule.targets.keys(), ...targets.map((target) => target.Id)]);
    if (ids.size > MAX_TARGETS)
      throw new AwsServiceError(
        "LimitExceededException",
        `The requested resource exceeds the maximum number allowed (${MAX_TARGETS} targets per rule).`,
      );
    const failed: { TargetId: string; ErrorCode: string; ErrorMessage: string }[] = [];
    for (const target of targets) {
      const problem = targetProblem(target);
      if (problem)
        failed.push({ TargetId: String(target.Id), ErrorCode: "ValidationException", ErrorMessage: problem });
      else rule.targets.set(target.Id, target);
    }
    return { FailedEntryCount: failed.length, FailedEntries: failed };
  }

  private removeTargets(request: Record<string, unknown>) {
    const rule = this.rule(request.Rule, request.EventBusName);
    const failed: { TargetId: string; ErrorCode: string; ErrorMessage: string }[] = [];
    for (const id of (request.Ids as string[] | undefined) ?? []) {
      if (!rule.targets.delete(id))
        failed.push({
          TargetId: id,
          ErrorCode: "ResourceNotFoundException",
          ErrorMessage: `Target ${id} does not exist.`,
        });
    }
    return { FailedEntryCount: failed.length, FailedEntries: failed };
  }

  // ── events ────────────────────────────────────────────────────────────────────────────────

  /**
   * Events an AWS service emits itself (S3's Object Created, CloudWatch's alarm changes, Step
   * Functions' status changes): the only way an `aws.*` source reaches a bus, as in AWS.
   */
  publishAsAwsService(entries: Record<string, unknown>[]) {
    return this.putEvents({ Entries: entries }, { asAwsService: true });
  }

  /** A page of the archive, newest first, optionally filtered; `cursor` continues with older events. */
  archivePage(query: ArchiveQuery = {}): { items: ArchivedEvent[]; cursor?: string } {
    const limit = Math.min(Math.max(query.limit ?? 100, 1), 1000);
    const before = query.cursor === undefined ? Number.POSITIVE_INFINITY : Number.parseInt(query.cursor, 36);
    const since = query.since === undefined ? undefined : Date.parse(query.since);
    const items: ArchivedEvent[] = [];
    for (let i = this.archive.length - 1; i >= 0; i--) {
      const archived = this.archive[i] as ArchivedEvent;
      if (archived.seq >= before) continue;
      const event = archived.event;
      if (since !== undefined && Date.parse(String(event.time)) < since) break;
      if (query.source !== undefined && event.source !== query.source) continue;
      if (query.detailType !== undefined && event["detail-type"] !== query.detailType) continue;
      if (items.length === limit) return { items, cursor: (items.at(-1) as ArchivedEvent).seq.toString(36) };
      items.push(archived);
    }
    return { items };
  }

  private putEvents(request: Record<string, unknown>, { asAwsService }: { asAwsService: boolean }) {
    const entries = request.Entries as Record<string, unknown>[] | undefined;
    if (!Array.isArray(entries) || entries.length === 0)
      throw validationError("Entries must contain at least 1 entry.");
    if (entries.length > MAX_ENTRIES) {
      throw validationError(
        `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length less than or equal to ${MAX_ENTRIES}`,
      );
    }
    const size = entries.reduce((total, entry) => total + entrySize(entry), 0);
    if (size > MAX_REQUEST_BYTES)
      throw validationError(
        `Total size of the entries in the request is over the limit (${size} > ${MAX_REQUEST_BYTES} bytes).`,
      );
    let failed = 0;
    const results = entries.map((entry) => {
      const problem = entryProblem(entry, this.buses, asAwsService);
      if (problem) {
        failed++;
        return problem;
      }
      const bus = busName(entry.EventBusName);
      const event = envelope({
        source: entry.Source as string,
        detailType: entry.DetailType as string,
        detail: JSON.parse(entry.Detail as string) as Record<string, unknown>,
        resources: (entry.Resources as string[] | undefined) ?? [],
        time:
          entry.Time === undefined
            ? new Date(this.clock.now()).toISOString().replace(/\.\d{3}Z$/, "Z")
            : toIsoTime(entry.Time),
      });
      const matched = [...this.bus(bus).values()].filter(
        (rule) => rule.state === "ENABLED" && rule.pattern && matches(rule.pattern, event),
      );
      this.record(
        bus,
        event,
        matched.map((rule) => rule.name),
      );
      for (const rule of matched) this.deliverToRule(rule, event);
      return { EventId: event.id };
    });
    return { FailedEntryCount: failed, Entries: results };
  }

  private record(bus: string, event: Record<string, unknown>, matchedRules: string[]): void {
    this.archive.push({ seq: this.archived++, bus, event, matchedRules });
    if (this.archive.length > ARCHIVE_LIMIT) this.archive.splice(0, this.archive.length - ARCHIVE_LIMIT);
  }

  private deliverToRule(rule: Rule, event: Record<string, unknown>): void {
    for (const target of rule.targets.values()) {
      const delivery = this.deliver(rule, target, event).finally(() => this.inflight.delete(delivery));
      this.inflight.add(delivery);
    }
  }

  /** At least once: retried with exponential backoff (1 s, 2 s, … capped at 3 min) within the target's RetryPolicy. */
  private async deliver(rule: Rule, target: Target, event: Record<string, unknown>): Promise<void> {
    const maxRetries = target.RetryPolicy?.MaximumRetryAttempts ?? 185;
    const maxAgeMs = (target.RetryPolicy?.MaximumEventAgeInSeconds ?? 86_400) * 1000;
    const firstTry = this.clock.now();
    let lastError = "";
    let attempts = 0;
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      if (attempt > 0) {
        const delay = Math.min(1000 * 2 ** (attempt - 1), 180_000);
        if (this.clock.now() + delay - firstTry > maxAgeMs) break;
        try {
          await this.clock.sleep(delay, this.stopped);
        } catch {
          return;
        }
      }
      attempts++;
      try {
        await this.invoke(rule, target, event);
        return;
      } catch (error) {
        lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
    this.deadLetters.push({
      rule: rule.name,
      targetId: target.Id,
      targetArn: target.Arn,
      event,
      error: lastError,
      attempts,
      at: new Date(this.clock.now()).toISOString(),
    });
  }

  private async invoke(rule: Rule, target: Target, event: Record<string, unknown>): Promise<void> {
    const input = targetInput(target, event, rule);
    if (/^arn:aws:states:[^:]+:\d{12}:stateMachine:/.test(target.Arn)) {
      this.sfn ??= new SFNClient({});
      await this.sfn.send(new StartExecutionCommand({ stateMachineArn: target.Arn, input }));
      return;
    }
    const lambda = /^arn:aws:lambda:[^:]+:\d{12}:function:([^:]+)/.exec(target.Arn);
    if (lambda) {
      const handler = this.lambdas.get(lambda[1] as string);
      if (!handler) throw new Error(`no in-process handler for function ${lambda[1]}`);
      await handler(JSON.parse(input), { functionName: lambda[1] as string, awsRequestId: randomUUID() });
      return;
    }
    throw new Error(`the local cloud cannot deliver to ${target.Arn} (state machines and Lambda functions only)`);
  }
}

/** The envelope AWS builds around every event. */
function envelope(parts: {
  source: string;
  detailType: string;
  detail: Record<string, unknown>;
  resources: string[];
  time: string;
}): Record<string, unknown> {
  return {
    version: "0",
    id: randomUUID(),
    "detail-type": parts.detailType,
    source: parts.source,
    account: ACCOUNT,
    time: parts.time,
    region: REGION,
    resources: parts.resources,
    detail: parts.detail,
  };
}

function entryProblem(
  entry: Record<string, unknown>,
  buses: Map<string, unknown>,
  asAwsService: boolean,
): { ErrorCode: string; ErrorMessage: string } | undefined {
  for (const field of ["Source", "DetailType", "Detail"]) {
    if (typeof entry[field] !== "string" || (entry[field] as string).length === 0) {
      return {
        ErrorCode: "InvalidArgument",
        ErrorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.`,
      };
    }
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail as string);
  } catch {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  if (detail === null || typeof detail !== "object" || Array.isArray(detail))
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail must be a JSON object." };
  // AWS refuses any custom entry claiming an AWS source; AWS's own services publish to the default bus only.
  if (
    (entry.Source as string).startsWith("aws.") &&
    (!asAwsService || (entry.EventBusName !== undefined && busName(entry.EventBusName) !== "default"))
  ) {
    return {
      ErrorCode: "NotAuthorizedForSourceException",
      ErrorMessage: `Not authorized for the source ${entry.Source}.`,
    };
  }
  const bus = busName(entry.EventBusName);
  if (!buses.has(bus))
    return { ErrorCode: "ResourceNotFoundException", ErrorMessage: `Event bus ${bus} does not exist.` };
  return undefined;
}

function entrySize(entry: Record<string, unknown>): number {
  let size = entry.Time === undefined ? 0 : 14;
  for (const field of ["Source", "DetailType", "Detail"])
    if (typeof entry[field] === "string") size += Buffer.byteLength(entry[field] as string);
  for (const resource of (entry.Resources as string[] | undefined) ?? []) size += Buffer.byteLength(resource);
  return size;
}

function testEventPattern(request: Record<string, unknown>) {
  const eventText = requireString(request, "Event");
  let pattern: CompiledPattern;
  try {
    pattern = compilePattern(requireString(request, "EventPattern"));
  } catch (error) {
    if (error instanceof InvalidPatternError)
      throw new AwsServiceError("InvalidEventPatternException", `Event pattern is not valid. Reason: ${error.message}`);
    throw error;
  }
  let event: unknown;
  try {
    event = JSON.parse(eventText);
  } catch {
    throw validationError("Parameter Event is not valid JSON.");
  }
  for (const field of ["id", "account", "source", "time", "region", "detail-type"]) {
    if (!(event !== null && typeof event === "object" && field in event))
      throw validationError(`Parameter Event is not valid: "${field}" is required.`);
  }
  return { Result: matches(pattern, event) };
}

function describeRule(rule: Rule) {
  return {
    Name: rule.name,
    Arn: rule.arn,
    EventBusName: rule.bus,
    State: rule.state,
    ...(rule.eventPattern ? { EventPattern: rule.eventPattern } : {}),
    ...(rule.scheduleExpression ? { ScheduleExpression: rule.scheduleExpression } : {}),
    ...(rule.description ? { Description: rule.description } : {}),
  };
}

function targetProblem(target: Target): string | undefined {
  if (typeof target.Id !== "string" || !/^[.\-_A-Za-z0-9]{1,64}$/.test(target.Id))
    return "Id must be 1–64 letters, digits, ., - or _";
  if (typeof target.Arn !== "string" || !target.Arn.startsWith("arn:")) return "Arn must be an ARN";
  const inputs = [target.Input, target.InputPath, target.InputTransformer].filter((value) => value !== undefined);
  if (inputs.length > 1) return "only one of Input, InputPath and InputTransformer may be set";
  if (target.Input !== undefined) {
    try {
      JSON.parse(target.Input);
    } catch {
      return "Input must be valid JSON";
    }
  }
  return undefined;
}

function busName(value: unknown): string {
  if (value === undefined || value === null || value === "") return "default";
  const text = String(value);
  return text.startsWith("arn:") ? (text.split("/").at(-1) as string) : text;
}

function busArn(name: string): string {
  return `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${name}`;
}

function ruleArn(bus: string, name: string): string {
  return `arn:aws:events:${REGION}:${ACCOUNT}:rule/${bus === "default" ? "" : `${bus}/`}${name}`;
}

function toIsoTime(value: unknown): string {
  const date = typeof value === "number" ? new Date(value * 1000) : new Date(String(value));
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const SCHEDULE_REAL_GAP_MS = 100;

/** Waits `ms` of real time, or until `cancelled` (a disabled or deleted rule, a shutdown). */
function realPause(ms: number, cancelled: Cancellation): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      off();
      resolve();
    }, ms);
    const off = cancelled.onAbort(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
