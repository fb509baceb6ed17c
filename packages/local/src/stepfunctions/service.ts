import { randomBytes, randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { StateMachine } from "@plinth/workflows";
import { type AwsJsonService, AwsServiceError, paginate, requireString, validationError } from "../aws-gateway";
import { Cancellation } from "./cancellation";
import type { EngineClock } from "./clock";
import { runMachine } from "./engine";
import { StatesError, toStatesError } from "./errors";
import { History } from "./history";
import { createInvoker, type LambdaHandler, type SdkAction } from "./integrations";
import { type Checkpoint, type ExecutionFile, ExecutionJournal } from "./journal";
import { type StatusChangeEntry, statusChangeEntry } from "./status-events";
import type { ExecutionEnv, Frame, FrameJournal } from "./types";
import { validateDefinition } from "./validate";

/**
 * The local Step Functions service: AWS JSON 1.0 (`X-Amz-Target: AWSStepFunctions.<Op>`), driven
 * by `@aws-sdk/client-sfn` at AWS_ENDPOINT_URL_SFN. State machines and executions live in memory,
 * and with a `directory` also on disk (journal.ts): a restarted service loads them, and `resume()`
 * carries on every execution that was running — a callback waits with the same token, a Wait ends at
 * its deadline, a Task that was running is run again.
 */
const REGION = "us-east-1";
const ACCOUNT = "000000000000";

type Status = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

interface Machine {
  arn: string;
  name: string;
  definition: string;
  parsed: StateMachine;
  roleArn: string;
  type: "STANDARD" | "EXPRESS";
  creationDate: number;
  updateDate?: number;
  /** Durable services: the current definition's hash in the journal, once an execution started with it. */
  definitionHash?: string;
}

interface Execution {
  arn: string;
  name: string;
  machine: Machine;
  /** The definition as it was when the execution started (an update does not change a running execution). */
  definition: StateMachine;
  input: string;
  status: Status;
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  history: History;
  abort: Cancellation;
  variables: Map<string, unknown>;
  failedAt?: { state: string; input: unknown };
  redriveCount: number;
  redriveDate?: number;
  done: Promise<void>;
  /** Durable executions only: its definition's hash in the journal; where it would resume, and (once, after a restart) where it resumes. */
  definitionHash?: string;
  checkpoint?: Checkpoint;
  resumeHints?: Checkpoint;
}

interface Callback {
  executionArn: string;
  resolve(output: unknown): void;
  reject(error: StatesError): void;
  heartbeat(): void;
}

export interface StepFunctionsOptions {
  clock: EngineClock;
  /** Receives each Standard execution's status change, as AWS puts it on the default bus. */
  onStatusChange?: (entry: StatusChangeEntry) => void;
  lambdas?: Map<string, LambdaHandler>;
  standins?: Map<string, Record<string, SdkAction>>;
  /** Keep state machines and executions here, and load them from it (`PLINTH_DATA_DIR/stepfunctions`). */
  directory?: string;
}

export class StepFunctionsService implements AwsJsonService {
  readonly targetPrefix = "AWSStepFunctions";
  readonly jsonVersion = "1.0" as const;
  readonly lambdas: Map<string, LambdaHandler>;
  readonly standins: Map<string, Record<string, SdkAction>>;
  private readonly clock: EngineClock;
  private readonly machines = new Map<string, Machine>();
  private readonly executions = new Map<string, Execution>();
  private readonly callbacks = new Map<string, Callback>();
  private readonly closedTokens = new Set<string>();
  private readonly invoke;
  private readonly callbackWaiter = (
    executionArn: string,
    token: string,
    heartbeat: number | undefined,
    signal: Cancellation,
  ) => this.awaitCallback(executionArn, token, heartbeat, signal);

  private readonly onStatusChange: ((entry: StatusChangeEntry) => void) | undefined;
  private readonly journal: ExecutionJournal | undefined;
  /** Loaded from the journal, RUNNING when the last process stopped; `resume()` carries them on. */
  private resumable: Execution[] = [];
  /** Shutting down a durable service: executions stop without an end being recorded or announced. */
  private suspended = false;

  constructor(options: StepFunctionsOptions) {
    this.clock = options.clock;
    this.onStatusChange = options.onStatusChange;
    this.lambdas = options.lambdas ?? new Map();
    this.standins = options.standins ?? new Map();
    this.invoke = createInvoker({
      lambdas: this.lambdas,
      standins: this.standins,
      startExecution: (parameters, mode, signal) => this.startChild(parameters, mode, signal),
    });
    if (options.directory) {
      this.journal = new ExecutionJournal(options.directory);
      this.load(this.journal);
    }
  }

  /**
   * Carries on the executions that were running when the last process stopped, from their last
   * checkpoint. Called once the cloud around it (task functions, rules, table) is up again.
   */
  resume(): number {
    const resuming = this.resumable;
    this.resumable = [];
    for (const execution of resuming) {
      const checkpoint = execution.checkpoint ?? {
        state: execution.definition.StartAt,
        input: JSON.parse(execution.input),
        variables: [],
      };
      execution.variables = new Map(checkpoint.variables);
      execution.resumeHints = checkpoint;
      this.run(execution, checkpoint.input, checkpoint.state);
    }
    return resuming.length;
  }

  private load(journal: ExecutionJournal): void {
    for (const file of journal.loadMachines()) {
      try {
        this.machines.set(file.arn, { ...file, parsed: parseDefinition(file.definition) });
      } catch {
        // a definition this version no longer accepts: the deploy replaces it
      }
    }
    for (const { execution: file, definition, history } of journal.loadExecutions()) {
      const machine = this.machines.get(file.machineArn);
      if (!machine) continue;
      let parsed: StateMachine;
      try {
        parsed = parseDefinition(definition);
      } catch {
        continue;
      }
      const { definition: definitionHash, ...fields } = file;
      const execution: Execution = {
        ...fields,
        definitionHash,
        machine,
        definition: parsed,
        history: new History(this.clock, history),
        abort: new Cancellation(),
        variables: new Map(),
        done: Promise.resolve(),
      };
      this.executions.set(execution.arn, execution);
      if (execution.status === "RUNNING") this.resumable.push(execution);
    }
  }

  private readonly persistOne = (execution: Execution) => this.persist(execution);

  /** Writes the execution's record, checkpoint and new history (durable services only). */
  private persist(execution: Execution): void {
    if (!this.journal || this.suspended) return;
    const file: ExecutionFile = {
      arn: execution.arn,
      name: execution.name,
      machineArn: execution.machine.arn,
      definition: execution.definitionHash as string,
      input: execution.input,
      status: execution.status,
      startDate: execution.startDate,
      redriveCount: execution.redriveCount,
      ...(execution.stopDate === undefined ? {} : { stopDate: execution.stopDate }),
      ...(execution.output === undefined ? {} : { output: execution.output }),
      ...(execution.error === undefined ? {} : { error: execution.error }),
      ...(execution.cause === undefined ? {} : { cause: execution.cause }),
      ...(execution.failedAt === undefined ? {} : { failedAt: execution.failedAt }),
      ...(execution.redriveDate === undefined ? {} : { redriveDate: execution.redriveDate }),
      ...(execution.status === "RUNNING" && execution.checkpoint ? { checkpoint: execution.checkpoint } : {}),
    };
    this.journal.save(file, execution.history.events);
  }

  private saveMachine(machine: Machine): void {
    const { parsed: _parsed, definitionHash: _hash, ...file } = machine;
    this.journal?.saveMachine(file);
  }

  async handle(operation: string, input: unknown): Promise<unknown> {
    const request = (input ?? {}) as Record<string, unknown>;
    switch (operation) {
      case "CreateStateMachine":
        return this.createStateMachine(request);
      case "UpdateStateMachine":
        return this.updateStateMachine(request);
      case "DescribeStateMachine":
        return describeMachine(this.machine(request.stateMachineArn));
      case "ListStateMachines":
        return this.listStateMachines(request);
      case "DeleteStateMachine":
        return this.deleteStateMachine(request);
      case "ValidateStateMachineDefinition":
        return validateRequest(request);
      case "StartExecution":
        return this.startExecution(request);
      case "DescribeExecution":
        return describeExecution(this.execution(request.executionArn));
      case "ListExecutions":
        return this.listExecutions(request);
      case "GetExecutionHistory":
        return this.getExecutionHistory(request);
      case "StopExecution":
        return this.stopExecution(request);
      case "RedriveExecution":
        return this.redriveExecution(request);
      case "SendTaskSuccess":
        return this.sendTaskResult(request, "success");
      case "SendTaskFailure":
        return this.sendTaskResult(request, "failure");
      case "SendTaskHeartbeat":
        return this.sendTaskHeartbeat(request);
      default:
        throw new AwsServiceError(
          "UnknownOperationException",
          `the local Step Functions service does not implement ${operation}`,
        );
    }
  }

  /**
   * Stops every running execution: the local cloud is shutting down. In memory they end ABORTED;
   * durable ones just stop, with nothing recorded, and resume on the next start.
   */
  async shutdown(): Promise<void> {
    if (this.journal) this.suspended = true;
    const running = [...this.executions.values()].filter((execution) => execution.status === "RUNNING");
    for (const execution of running)
      execution.abort.abort(new StatesError("States.Aborted", "the local cloud stopped"));
    await Promise.all(running.map((execution) => execution.done));
    this.journal?.close();
  }

  /** Resolves when the execution ends (tests and benchmarks wait on this rather than polling). */
  async settled(executionArn: string): Promise<void> {
    await this.executions.get(executionArn)?.done;
  }

  // ── state machines ────────────────────────────────────────────────────────────────────────

  private createStateMachine(request: Record<string, unknown>) {
    const name = requireString(request, "name");
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name))
      throw validationError(`name "${name}" must be 1–80 letters, digits, - or _`);
    const definition = requireString(request, "definition");
    const parsed = parseDefinition(definition);
    const type = (request.type as "STANDARD" | "EXPRESS" | undefined) ?? "STANDARD";
    if (type !== "STANDARD" && type !== "EXPRESS")
      throw validationError(`type must be STANDARD or EXPRESS, not ${type}`);
    const arn = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
    const existing = this.machines.get(arn);
    if (existing) {
      if (existing.definition === definition && existing.type === type)
        return { stateMachineArn: arn, creationDate: seconds(existing.creationDate) };
      throw new AwsServiceError("StateMachineAlreadyExists", `State Machine Already Exists: '${arn}'`);
    }
    const roleArn = (request.roleArn as string | undefined) ?? `arn:aws:iam::${ACCOUNT}:role/local`;
    const machine: Machine = { arn, name, definition, parsed, roleArn, type, creationDate: this.clock.now() };
    this.machines.set(arn, machine);
    this.saveMachine(machine);
    return { stateMachineArn: arn, creationDate: seconds(machine.creationDate) };
  }

  private updateStateMachine(request: Record<string, unknown>) {
    const machine = this.machine(request.stateMachineArn);
    if (typeof request.definition === "string") {
      machine.parsed = parseDefinition(request.definition);
      machine.definition = request.definition;
      machine.definitionHash = undefined;
    }
    if (typeof request.roleArn === "string") machine.roleArn = request.roleArn;
    machine.updateDate = this.clock.now();
    this.saveMachine(machine);
    return { updateDate: seconds(machine.updateDate) };
  }

  private listStateMachines(request: Record<string, unknown>) {
    const all = [...this.machines.values()].sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(all, request.nextToken, request.maxResults);
    return {
      stateMachines: page.map((m) => ({
        stateMachineArn: m.arn,
        name: m.name,
        type: m.type,
        creationDate: seconds(m.creationDate),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  private deleteStateMachine(request: Record<string, unknown>) {
    const machine = this.machine(request.stateMachineArn);
    this.machines.delete(machine.arn);
    this.journal?.deleteMachine(machine.name);
    for (const execution of this.executions.values()) {
      if (execution.machine === machine && execution.status === "RUNNING")
        execution.abort.abort(new StatesError("States.Aborted", "state machine deleted"));
    }
    return {};
  }

  // ── executions ────────────────────────────────────────────────────────────────────────────

  private startExecution(request: Record<string, unknown>) {
    const machine = this.machine(request.stateMachineArn);
    const name = (request.name as string | undefined) ?? randomUUID();
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name))
      throw validationError(`execution name "${name}" must be 1–80 letters, digits, - or _`);
    const input = (request.input as string | undefined) ?? "{}";
    const parsedInput = parseJson(input, "input", "InvalidExecutionInput");
    const arn = `arn:aws:states:${REGION}:${ACCOUNT}:execution:${machine.name}:${name}`;
    const existing = this.executions.get(arn);
    if (existing) {
      // AWS: a repeated name with the same input while still running returns the running execution.
      if (
        existing.status === "RUNNING" &&
        isDeepStrictEqual(parseJson(existing.input, "input", "InvalidExecutionInput"), parsedInput)
      ) {
        return { executionArn: arn, startDate: seconds(existing.startDate) };
      }
      throw new AwsServiceError("ExecutionAlreadyExists", `Execution Already Exists: '${arn}'`);
    }
    const execution: Execution = {
      arn,
      name,
      machine,
      definition: machine.parsed,
      input,
      status: "RUNNING",
      startDate: this.clock.now(),
      history: new History(this.clock),
      abort: new Cancellation(),
      variables: new Map(),
      redriveCount: 0,
      done: Promise.resolve(),
    };
    this.executions.set(arn, execution);
    execution.history.record("ExecutionStarted", {
      input,
      inputDetails: { truncated: false },
      roleArn: machine.roleArn,
    });
    if (this.journal) {
      machine.definitionHash ??= this.journal.saveDefinition(machine.definition);
      execution.definitionHash = machine.definitionHash;
      execution.checkpoint = { state: execution.definition.StartAt, input: parsedInput, variables: [] };
      this.persist(execution);
    }
    this.announce(execution);
    this.run(execution, parsedInput, execution.definition.StartAt);
    return { executionArn: arn, startDate: seconds(execution.startDate) };
  }

  private run(execution: Execution, input: unknown, startAt: string): void {
    const env = new Environment(execution, this.clock, this.invoke, this.callbackWaiter);
    const frame: Frame = {
      env,
      machine: execution.definition,
      queryLanguage: execution.definition.QueryLanguage ?? "JSONPath",
      variables: execution.variables,
      signal: execution.abort.signal,
      failureSink: execution,
    };
    if (this.journal) frame.journal = new FrameCheckpoints(execution, this.persistOne);
    const timeout = execution.definition.TimeoutSeconds;
    const timer = timeout === undefined ? undefined : new Cancellation();
    if (timer) {
      // From the (re)start, so a resumed execution keeps its original deadline.
      const since = execution.redriveDate ?? execution.startDate;
      this.clock.sleep(Math.max(0, (timeout as number) * 1000 - (this.clock.now() - since)), timer.signal).then(
        () => execution.abort.abort(new StatesError("States.Timeout", `the execution ran longer than ${timeout} s`)),
        () => undefined,
      );
    }
    execution.done = this.drive(execution, frame, input, startAt, timer);
  }

  private async drive(
    execution: Execution,
    frame: Frame,
    input: unknown,
    startAt: string,
    timer: Cancellation | undefined,
  ): Promise<void> {
    try {
      const output = await runMachine(frame, input, startAt);
      this.finish(execution, "SUCCEEDED", { output: JSON.stringify(output ?? null) });
    } catch (error) {
      const aborted = execution.abort.aborted;
      const failure = toStatesError(aborted ? execution.abort.reason : error);
      if (aborted) this.finish(execution, failure.error === "States.Timeout" ? "TIMED_OUT" : "ABORTED", failure);
      else this.finish(execution, "FAILED", failure);
    } finally {
      timer?.abort();
    }
  }

  private finish(
    execution: Execution,
    status: Exclude<Status, "RUNNING">,
    result: { output?: string; error?: string; cause?: string },
  ): void {
    if (execution.status !== "RUNNING" || this.suspended) return;
    execution.status = status;
    execution.stopDate = this.clock.now();
    if (status === "SUCCEEDED") {
      execution.output = result.output;
      execution.error = undefined;
      execution.cause = undefined;
      execution.history.record("ExecutionSucceeded", { output: result.output, outputDetails: { truncated: false } });
      this.persist(execution);
      this.announce(execution);
      return;
    }
    execution.error = result.error;
    execution.cause = result.cause;
    const type = { FAILED: "ExecutionFailed", TIMED_OUT: "ExecutionTimedOut", ABORTED: "ExecutionAborted" }[status];
    execution.history.record(type, { error: result.error, cause: result.cause });
    this.persist(execution);
    this.announce(execution);
  }

  /** AWS's *Execution Status Change* event, for Standard workflows only (as in AWS). */
  private announce(execution: Execution, status: Status | "PENDING_REDRIVE" = execution.status): void {
    if (!this.onStatusChange || execution.machine.type !== "STANDARD") return;
    this.onStatusChange(
      statusChangeEntry(
        {
          arn: execution.arn,
          name: execution.name,
          stateMachineArn: execution.machine.arn,
          status,
          startDate: execution.startDate,
          stopDate: execution.stopDate,
          input: execution.input,
          output: execution.output,
          error: execution.error,
          cause: execution.cause,
          redriveCount: execution.redriveCount,
          redriveDate: execution.redriveDate,
          redrivable: execution.failedAt !== undefined,
        },
        this.clock.now(),
      ),
    );
  }

  private listExecutions(request: Record<string, unknown>) {
    const machine = this.machine(request.stateMachineArn);
    const filter = request.statusFilter as Status | undefined;
    const all = [...this.executions.values()]
      .filter((execution) => execution.machine === machine && (!filter || execution.status === filter))
      .sort((a, b) => b.startDate - a.startDate);
    const { page, nextToken } = paginate(all, request.nextToken, request.maxResults);
    return {
      executions: page.map((e) => ({
        executionArn: e.arn,
        stateMachineArn: e.machine.arn,
        name: e.name,
        status: e.status,
        startDate: seconds(e.startDate),
        ...(e.stopDate === undefined ? {} : { stopDate: seconds(e.stopDate) }),
        redriveCount: e.redriveCount,
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  private getExecutionHistory(request: Record<string, unknown>) {
    const execution = this.execution(request.executionArn);
    const includeData = request.includeExecutionData !== false;
    const ordered = request.reverseOrder === true ? [...execution.history.events].reverse() : execution.history.events;
    const { page, nextToken } = paginate(ordered, request.nextToken, request.maxResults);
    return {
      events: page.map((event) => ({
        ...(includeData ? event : withoutData(event)),
        timestamp: seconds(event.timestamp),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  private stopExecution(request: Record<string, unknown>) {
    const execution = this.execution(request.executionArn);
    if (execution.status === "RUNNING") {
      execution.abort.abort(
        new StatesError((request.error as string | undefined) ?? "", (request.cause as string | undefined) ?? ""),
      );
    }
    return { stopDate: seconds(execution.stopDate ?? this.clock.now()) };
  }

  private redriveExecution(request: Record<string, unknown>) {
    const execution = this.execution(request.executionArn);
    if (execution.status === "RUNNING" || execution.status === "SUCCEEDED" || !execution.failedAt) {
      throw new AwsServiceError("ExecutionNotRedrivable", `Execution is not redrivable: status ${execution.status}`);
    }
    const { state, input } = execution.failedAt;
    this.announce(execution, "PENDING_REDRIVE");
    execution.failedAt = undefined;
    execution.status = "RUNNING";
    execution.stopDate = undefined;
    execution.abort = new Cancellation();
    execution.redriveCount++;
    execution.redriveDate = this.clock.now();
    execution.history.record("ExecutionRedriven", { redriveCount: execution.redriveCount });
    if (this.journal) {
      execution.checkpoint = { state, input, variables: [...execution.variables] };
      this.persist(execution);
    }
    this.announce(execution);
    this.run(execution, input, state);
    return { redriveDate: seconds(execution.redriveDate) };
  }

  /** `states:startExecution` from a Task: plain, `.sync` (output as a string) or `.sync:2` (output as JSON). */
  private async startChild(
    parameters: unknown,
    mode: "" | ".sync" | ".sync:2",
    signal: Cancellation,
  ): Promise<unknown> {
    const request = (parameters ?? {}) as Record<string, unknown>;
    const input = typeof request.Input === "string" ? request.Input : JSON.stringify(request.Input ?? {});
    let started: { executionArn: string; startDate: number };
    try {
      started = this.startExecution({ stateMachineArn: request.StateMachineArn, name: request.Name, input });
    } catch (error) {
      if (error instanceof AwsServiceError) throw new StatesError(`StepFunctions.${error.type}`, error.message);
      throw error;
    }
    if (mode === "")
      return { ExecutionArn: started.executionArn, StartDate: new Date(started.startDate * 1000).toISOString() };
    const child = this.execution(started.executionArn);
    const stopChild = () => child.abort.abort(new StatesError("States.Aborted", "the parent execution stopped"));
    const off = signal.onAbort(stopChild);
    await child.done;
    off();
    if (child.status !== "SUCCEEDED")
      throw new StatesError("States.TaskFailed", JSON.stringify(describeExecution(child)));
    return {
      ...describeExecution(child),
      Output: mode === ".sync:2" ? JSON.parse(child.output ?? "null") : child.output,
    };
  }

  // ── callbacks ─────────────────────────────────────────────────────────────────────────────

  private awaitCallback(
    executionArn: string,
    token: string,
    heartbeatSeconds: number | undefined,
    signal: Cancellation,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      let heartbeatTimer: Cancellation | undefined;
      const close = () => {
        this.callbacks.delete(token);
        this.closedTokens.add(token);
        heartbeatTimer?.abort();
        offAbort();
      };
      const armHeartbeat = () => {
        if (heartbeatSeconds === undefined) return;
        heartbeatTimer?.abort();
        heartbeatTimer = new Cancellation();
        this.clock.sleep(heartbeatSeconds * 1000, heartbeatTimer.signal).then(
          () => {
            close();
            reject(new StatesError("States.HeartbeatTimeout", `no heartbeat within ${heartbeatSeconds} s`));
          },
          () => undefined,
        );
      };
      const offAbort = signal.onAbort((reason) => {
        close();
        reject(reason);
      });
      this.callbacks.set(token, {
        executionArn,
        resolve: (output) => {
          close();
          resolve(output);
        },
        reject: (error) => {
          close();
          reject(error);
        },
        heartbeat: armHeartbeat,
      });
      armHeartbeat();
    });
  }

  private callback(request: Record<string, unknown>): Callback {
    const token = requireString(request, "taskToken");
    if (token.length < 1 || token.length > 2048)
      throw new AwsServiceError("InvalidToken", "Invalid Token: the task token must be 1–2048 characters");
    const callback = this.callbacks.get(token);
    if (callback) return callback;
    if (this.closedTokens.has(token))
      throw new AwsServiceError("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    throw new AwsServiceError("TaskDoesNotExist", "Task Does Not Exist: the token belongs to no waiting task");
  }

  private sendTaskResult(request: Record<string, unknown>, outcome: "success" | "failure") {
    const callback = this.callback(request);
    if (outcome === "success") {
      callback.resolve(parseJson(requireString(request, "output"), "output", "InvalidOutput"));
    } else {
      callback.reject(
        new StatesError((request.error as string | undefined) ?? "", (request.cause as string | undefined) ?? ""),
      );
    }
    return {};
  }

  private sendTaskHeartbeat(request: Record<string, unknown>) {
    this.callback(request).heartbeat();
    return {};
  }

  // ── lookups ───────────────────────────────────────────────────────────────────────────────

  private machine(arn: unknown): Machine {
    if (typeof arn !== "string" || !/^arn:aws:states:[^:]+:\d{12}:stateMachine:[^:]+$/.test(arn)) {
      throw new AwsServiceError("InvalidArn", `Invalid Arn: '${String(arn)}'`);
    }
    const machine = this.machines.get(arn);
    if (!machine) throw new AwsServiceError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
    return machine;
  }

  private execution(arn: unknown): Execution {
    if (typeof arn !== "string" || !/^arn:aws:states:[^:]+:\d{12}:execution:[^:]+:[^:]+$/.test(arn)) {
      throw new AwsServiceError("InvalidArn", `Invalid Arn: '${String(arn)}'`);
    }
    const execution = this.executions.get(arn);
    if (!execution) throw new AwsServiceError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
    return execution;
  }
}

const NO_VARIABLES: [string, unknown][] = [];

/** The engine's hooks into the journal for one durable execution (a class: no closures per execution). */
class FrameCheckpoints implements FrameJournal {
  constructor(
    private readonly execution: Execution,
    private readonly persist: (execution: Execution) => void,
  ) {}

  private variables(): [string, unknown][] {
    return this.execution.variables.size === 0 ? NO_VARIABLES : [...this.execution.variables];
  }

  checkpoint(state: string, input: unknown): void {
    this.execution.checkpoint = { state, input, variables: this.variables() };
    this.persist(this.execution);
  }

  callbackToken(state: string, token: string): void {
    const current = this.execution.checkpoint ?? { state, input: null, variables: this.variables() };
    this.execution.checkpoint = { ...current, token };
    this.persist(this.execution);
  }

  waitUntil(state: string, input: unknown, until: number): void {
    this.execution.checkpoint = { state, input, variables: this.variables(), waitUntil: until };
    this.persist(this.execution);
  }

  resumed(state: string): { token?: string; waitUntil?: number } | undefined {
    const hints = this.execution.resumeHints;
    if (hints?.state !== state) return undefined;
    this.execution.resumeHints = undefined;
    return hints;
  }
}

/** What the engine sees of one execution. A class, so a parked execution costs no closures of its own. */
class Environment implements ExecutionEnv {
  readonly executionArn: string;
  readonly executionName: string;
  readonly startTime: string;
  readonly roleArn: string;
  readonly redriveCount: number;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly history: History;

  constructor(
    private readonly execution: Execution,
    readonly clock: EngineClock,
    readonly invoke: ExecutionEnv["invoke"],
    private readonly callbackWaiter: (
      arn: string,
      token: string,
      heartbeat: number | undefined,
      signal: Cancellation,
    ) => Promise<unknown>,
  ) {
    this.executionArn = execution.arn;
    this.executionName = execution.name;
    this.startTime = new Date(execution.startDate).toISOString();
    this.roleArn = execution.machine.roleArn;
    this.redriveCount = execution.redriveCount;
    this.stateMachineArn = execution.machine.arn;
    this.stateMachineName = execution.machine.name;
    this.history = execution.history;
  }

  /** Parsed when a state reads $$.Execution.Input, not kept: waiting executions stay small. */
  get executionInput(): unknown {
    return JSON.parse(this.execution.input);
  }

  awaitCallback(token: string, heartbeatSeconds: number | undefined, signal: Cancellation): Promise<unknown> {
    return this.callbackWaiter(this.executionArn, token, heartbeatSeconds, signal);
  }

  newTaskToken(): string {
    return `AQ${randomBytes(96).toString("base64url")}`;
  }
}

function describeMachine(machine: Machine) {
  return {
    stateMachineArn: machine.arn,
    name: machine.name,
    status: "ACTIVE",
    definition: machine.definition,
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: seconds(machine.creationDate),
  };
}

function describeExecution(execution: Execution) {
  return {
    executionArn: execution.arn,
    stateMachineArn: execution.machine.arn,
    name: execution.name,
    status: execution.status,
    startDate: seconds(execution.startDate),
    ...(execution.stopDate === undefined ? {} : { stopDate: seconds(execution.stopDate) }),
    input: execution.input,
    inputDetails: { included: true },
    ...(execution.output === undefined ? {} : { output: execution.output, outputDetails: { included: true } }),
    ...(execution.error === undefined ? {} : { error: execution.error }),
    ...(execution.cause === undefined ? {} : { cause: execution.cause }),
    redriveCount: execution.redriveCount,
    redriveStatus:
      execution.failedAt && execution.status !== "RUNNING" && execution.status !== "SUCCEEDED"
        ? "REDRIVABLE"
        : "NOT_REDRIVABLE",
    ...(execution.redriveDate === undefined ? {} : { redriveDate: seconds(execution.redriveDate) }),
  };
}

function validateRequest(request: Record<string, unknown>) {
  const definition = requireString(request, "definition");
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch (error) {
    return {
      result: "FAIL",
      diagnostics: [{ severity: "ERROR", code: "INVALID_JSON_DESCRIPTION", message: (error as Error).message }],
    };
  }
  const errors = validateDefinition(parsed);
  return errors.length === 0
    ? { result: "OK", diagnostics: [] }
    : {
        result: "FAIL",
        diagnostics: errors.map((message) => ({ severity: "ERROR", code: "SCHEMA_VALIDATION_FAILED", message })),
      };
}

function parseDefinition(definition: string): StateMachine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch (error) {
    throw new AwsServiceError(
      "InvalidDefinition",
      `Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ${(error as Error).message}'`,
    );
  }
  const errors = validateDefinition(parsed);
  if (errors.length > 0)
    throw new AwsServiceError("InvalidDefinition", `Invalid State Machine Definition: '${errors.join("; ")}'`);
  return parsed as StateMachine;
}

function parseJson(text: string, field: string, errorType: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AwsServiceError(errorType, `${field} is not valid JSON`);
  }
}

function seconds(ms: number): number {
  return ms / 1000;
}

/** GetExecutionHistory with includeExecutionData=false: the same events without inputs and outputs. */
function withoutData(event: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith("EventDetails") && value && typeof value === "object") {
      const { input: _i, output: _o, parameters: _p, ...rest } = value as Record<string, unknown>;
      out[key] = rest;
    } else out[key] = value;
  }
  return out;
}
