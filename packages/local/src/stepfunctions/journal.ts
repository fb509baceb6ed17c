import { createHash } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { HistoryEvent } from "./history";

/**
 * What the local Step Functions keeps on disk (`PLINTH_DATA_DIR/stepfunctions`) so a restart resumes
 * work instead of losing it: each state machine, and each execution's record, its history and its
 * checkpoint — the top-level state it was in, that state's input and the variables, the callback
 * token it waits with, the deadline of its Wait.
 *
 * Checkpoints are written (synchronously, one file per execution) only where work leaves the engine: on
 * entering a Task, Wait, Map or Parallel state, on issuing a callback token, on starting a Wait, on
 * the end. Pass and Choice states are pure, so losing them costs nothing: a resumed execution
 * re-runs them from the last checkpoint. A Task that was running when the process died is run again
 * (at least once, as AWS's redrive re-runs the failed state).
 */
export interface Checkpoint {
  state: string;
  input: unknown;
  variables: [string, unknown][];
  /** The callback token a `.waitForTaskToken` Task handed out: the resumed Task waits for it again. */
  token?: string;
  /** The virtual time a Wait state ends at: the resumed Wait keeps it. */
  waitUntil?: number;
}

export interface MachineFile {
  arn: string;
  name: string;
  definition: string;
  roleArn: string;
  type: "STANDARD" | "EXPRESS";
  creationDate: number;
  updateDate?: number;
}

export interface ExecutionFile {
  arn: string;
  name: string;
  machineArn: string;
  /** The definition it started with, by content hash (`definitions/<hash>.asl`; a later update does not change it). */
  definition: string;
  input: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  failedAt?: { state: string; input: unknown };
  redriveCount: number;
  redriveDate?: number;
  checkpoint?: Checkpoint;
}

export class ExecutionJournal {
  private readonly machines: string;
  private readonly executions: string;
  private readonly definitions: string;
  /** Definitions written, by hash. */
  private readonly defined = new Set<string>();

  constructor(directory: string) {
    this.machines = join(directory, "machines");
    this.executions = join(directory, "executions");
    mkdirSync(this.machines, { recursive: true });
    this.definitions = join(directory, "definitions");
    mkdirSync(this.executions, { recursive: true });
    mkdirSync(this.definitions, { recursive: true });
  }

  /** Keeps a definition once, however many executions start with it; returns its hash. */
  saveDefinition(definition: string): string {
    const hash = createHash("sha256").update(definition).digest("hex").slice(0, 32);
    if (!this.defined.has(hash)) {
      const file = join(this.definitions, `${hash}.asl`);
      if (!existsSync(file)) atomicWrite(file, definition);
      this.defined.add(hash);
    }
    return hash;
  }

  saveMachine(machine: MachineFile): void {
    atomicWrite(join(this.machines, `${machine.name}.json`), JSON.stringify(machine));
  }

  deleteMachine(name: string): void {
    rmSync(join(this.machines, `${name}.json`), { force: true });
  }

  loadMachines(): MachineFile[] {
    return jsonFiles(this.machines).map((file) => JSON.parse(readFileSync(file, "utf8")) as MachineFile);
  }

  /**
   * The execution's record with its whole history, in one write: one file to write per
   * checkpoint, and never a record that disagrees with its history. (A history grows with each state;
   * our workflows' stay in the tens of kilobytes.)
   */
  save(execution: ExecutionFile, history: readonly HistoryEvent[]): void {
    // In place, not write-then-rename: on this kind of disk a rename costs ~3× the write, and a
    // process killed mid-write (a microsecond window) at worst loses the execution — which the
    // sweep then reconciles like any execution a restart lost.
    writeFileSync(`${this.base(execution.arn)}.json`, JSON.stringify({ ...execution, history }));
  }

  /** Every execution on disk with its definition and history. */
  loadExecutions(): { execution: ExecutionFile; definition: string; history: HistoryEvent[] }[] {
    return jsonFiles(this.executions).flatMap((file) => {
      let saved: ExecutionFile & { history: HistoryEvent[] };
      try {
        saved = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        return []; // unreadable: skipped rather than stopping the start
      }
      const { history, ...execution } = saved;
      const definition = readFileSync(join(this.definitions, `${execution.definition}.asl`), "utf8");
      return [{ execution, definition, history }];
    });
  }

  private base(executionArn: string): string {
    // arn:aws:states:<region>:<account>:execution:<machine>:<name>; names are [A-Za-z0-9_-].
    const [machine, name] = executionArn.split(":").slice(-2);
    return join(this.executions, `${machine}.${name}`);
  }
}

function atomicWrite(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function jsonFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .map((name) => join(directory, name));
}
