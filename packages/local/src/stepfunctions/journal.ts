import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HistoryEvent } from "./history";

/**
 * What the local Step Functions keeps on disk (`PLINTH_DATA_DIR/stepfunctions`) so a restart resumes
 * work instead of losing it: each state machine, and each execution's record, its history and its
 * checkpoint — the top-level state it was in, that state's input and the variables, the callback
 * token it waits with, the deadline of its Wait.
 *
 * Checkpoints are written (synchronously, write-then-rename) only where work leaves the engine: on
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
  /** History events already appended, per execution. */
  private readonly written = new Map<string, number>();
  /** Executions whose definition file exists. */
  private readonly defined = new Set<string>();

  constructor(directory: string) {
    this.machines = join(directory, "machines");
    this.executions = join(directory, "executions");
    mkdirSync(this.machines, { recursive: true });
    mkdirSync(this.executions, { recursive: true });
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
   * The execution's record, then the history events it has not written yet; its definition (as it
   * started: a later update does not change it) once, in its own file.
   */
  save(execution: ExecutionFile, history: readonly HistoryEvent[], definition: () => string): void {
    const base = this.base(execution.arn);
    if (!this.defined.has(execution.arn)) {
      atomicWrite(`${base}.asl`, definition());
      this.defined.add(execution.arn);
    }
    const from = this.written.get(execution.arn) ?? 0;
    if (history.length > from) {
      appendFileSync(
        `${base}.history.jsonl`,
        `${history
          .slice(from)
          .map((event) => JSON.stringify(event))
          .join("\n")}\n`,
      );
      this.written.set(execution.arn, history.length);
    }
    atomicWrite(`${base}.json`, JSON.stringify(execution));
  }

  /** Every execution on disk with its definition and history (events after its last record write are not there). */
  loadExecutions(): { execution: ExecutionFile; definition: string; history: HistoryEvent[] }[] {
    return jsonFiles(this.executions).map((file) => {
      const execution = JSON.parse(readFileSync(file, "utf8")) as ExecutionFile;
      const definition = readFileSync(file.replace(/\.json$/, ".asl"), "utf8");
      this.defined.add(execution.arn);
      const historyFile = file.replace(/\.json$/, ".history.jsonl");
      let history: HistoryEvent[] = [];
      try {
        history = readFileSync(historyFile, "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .flatMap((line) => {
            try {
              return [JSON.parse(line) as HistoryEvent];
            } catch {
              return []; // a line cut short by a killed process
            }
          });
      } catch {
        // no history written yet
      }
      this.written.set(execution.arn, history.length);
      return { execution, definition, history };
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
