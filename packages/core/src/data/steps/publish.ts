import { buildEvent, type PlinthEvent } from "../../events";
import { discardUnrecorded } from "../discard";
import { DataEvents } from "../events";
import type { QualityReport } from "../report";
import type { PromotionStepContext } from "./context";
import type { Checked, Loaded } from "./shared";

export async function publish(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
  check: Checked,
  written: { created: boolean; version: number },
) {
  const { run, dataset } = await ctx.context(promotionId);
  if (!written.created) {
    // An identical promotion running beside this one recorded its version first: that one publishes
    // it, and what this run wrote under its own version number would be recorded nowhere.
    await discardUnrecorded(ctx.deps, run, partition, load.version);
    await ctx.setResult(promotionId, { partition, status: "SUCCEEDED", version: written.version, reused: true });
    return { outcome: "reused", events: [] };
  }
  const moved = await ctx.deps.versions.movePointer(dataset.id, run.to, partition, load.expected ?? undefined, {
    version: load.version,
    ...(load.expected === null ? {} : { previous: load.expected }),
    movedAt: ctx.deps.clock.now().toISOString(),
    movedBy: run.requestedBy,
    reason: "promotion",
  });
  if (!moved) {
    const now = await ctx.deps.versions.pointer(dataset.id, run.to, partition);
    await ctx.setResult(promotionId, {
      partition,
      status: "FAILED",
      version: load.version,
      error: `another promotion published ${run.to} version ${now?.version} of ${partition} first; version ${load.version} is recorded but not published`,
      durationMs: ctx.since(load.startedAt),
    });
    return { outcome: "lost", events: [] };
  }
  const report = check.report as QualityReport | undefined;
  await ctx.setResult(promotionId, {
    partition,
    status: "SUCCEEDED",
    version: load.version,
    ...(report ? { report } : {}),
    durationMs: ctx.since(load.startedAt),
  });
  const subject = (fact: string) => ctx.subject(run, dataset, partition, fact);
  const events: PlinthEvent[] = [];
  if (run.to === "bronze")
    events.push(
      buildEvent(DataEvents.ingested, {
        ...subject("ingested"),
        version: load.version,
        rows: check.rows,
        files: check.files,
      }),
    );
  if (report) {
    const warnings = report.checks.filter((c) => c.status === "warned").map((c) => c.id);
    events.push(
      buildEvent(DataEvents.gatePassed, {
        ...subject("gate-passed"),
        stage: run.to,
        version: load.version,
        warnings,
      }),
    );
    if (report.quarantinedRows > 0)
      events.push(
        buildEvent(DataEvents.quarantined, {
          ...subject("quarantined"),
          stage: run.to,
          version: load.version,
          rows: report.quarantinedRows,
          byCheck: Object.fromEntries(
            report.checks.filter((c) => c.status === "quarantined").map((c) => [c.id, c.failingRows ?? 0]),
          ),
        }),
      );
  }
  events.push(
    buildEvent(DataEvents.promoted, {
      ...subject("promoted"),
      stage: run.to,
      version: load.version,
      previousVersion: load.expected,
      rows: check.rows,
      contractVersion: load.contractVersion,
    }),
  );
  return { outcome: "published", events };
}
