import type { Breaker, RemediationSettings } from "./guardrails";
import type { IncidentQuery, IncidentRecord, IncidentTimelineEntry } from "./incident";
import type { RunbookMode } from "./runbooks";

/**
 * Incidents and the guardrails' state. The adapters (packages/aws/src/dynamodb/incident-store.ts,
 * guardrail-store.ts) own the key shapes; these contracts say what must be atomic.
 */
export interface StoredIncident {
  record: IncidentRecord;
  occurrences: number;
  lastOccurrenceAt: string;
  alarmOkAt?: string;
  timeline: IncidentTimelineEntry[];
}

export interface IncidentStore {
  /**
   * Opens `record` unless an incident is already open under `slot` (alarm + resource): the open slot
   * and the record are written in one conditional transaction, so concurrent events open one.
   */
  open(
    record: IncidentRecord,
    slot: string,
    first: IncidentTimelineEntry,
  ): Promise<{ opened: boolean; incidentId: string }>;
  /** The incident open under `slot`, if any. */
  openIncident(slot: string): Promise<string | undefined>;
  /** Counts a repeated ALARM (or notes an OK) on an open incident without touching its version. */
  attach(incidentId: string, kind: "repeat" | "ok", at: string): Promise<void>;
  get(id: string): Promise<StoredIncident | undefined>;
  /** Replaces the record if it is still at `next.version - 1` (else `version_conflict`); frees its slot once RESOLVED. */
  update(next: IncidentRecord): Promise<IncidentRecord>;
  append(id: string, entry: IncidentTimelineEntry): Promise<void>;
  list(query: IncidentQuery & { team: string }): Promise<{ items: StoredIncident[]; cursor?: string }>;
  /** Keeps a malformed event (and why) for 14 days; it starts nothing. */
  recordDropped(reason: string, event: unknown, at: string): Promise<void>;
  /** Claims an Idempotency-Key for a report; on a replay returns the earlier claim (`claimed: false`). */
  claimKey(
    key: string,
    bodyHash: string,
    incidentId: string,
  ): Promise<{ claimed: boolean; incidentId: string; bodyHash: string }>;
  /** Points a claimed key at the incident that answered it (the report may have joined an open one). */
  bindKey(key: string, bodyHash: string, incidentId: string): Promise<void>;
}

export interface KillSwitch {
  on: boolean;
  by?: string;
  at?: string;
  reason?: string;
}

export interface ModeSetting {
  mode: RunbookMode;
  by: string;
  at: string;
}

export type ReservationBlock = "kill-switch" | "cooldown" | "team-budget" | "global-budget";

export interface GuardrailStore {
  settings(): Promise<RemediationSettings>;
  saveSettings(settings: RemediationSettings): Promise<void>;
  killSwitch(): Promise<KillSwitch>;
  setKillSwitch(state: KillSwitch): Promise<void>;
  modes(): Promise<Record<string, ModeSetting>>;
  setMode(runbookId: string, setting: ModeSetting): Promise<void>;
  breaker(runbookId: string): Promise<Breaker>;
  breakers(): Promise<Breaker[]>;
  /** Replaces the breaker if still at `next.version - 1`, else `version_conflict`. */
  saveBreaker(next: Breaker): Promise<Breaker>;
  /**
   * Takes one automatic action from the team's and the global hourly budget and starts the
   * resource's cooldown — all or nothing, and only while the kill switch is off.
   */
  reserve(request: {
    team: string;
    resourceKey: string;
    incidentId: string;
    now: Date;
    settings: RemediationSettings;
  }): Promise<{ ok: true } | { ok: false; blockedBy: ReservationBlock; detail: string }>;
  /** Actions taken this clock hour: in all and per team. */
  usage(now: Date): Promise<{ global: number; teams: Record<string, number> }>;
}
