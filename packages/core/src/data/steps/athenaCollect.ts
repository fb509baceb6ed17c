import { createHash } from "node:crypto";
import { fail } from "../../errors";
import {
  ATHENA_QUARANTINE_JSON,
  ATHENA_QUARANTINE_PARQUET,
  QUARANTINE_LISTING,
  quarantineKey,
  versionPrefix,
} from "../lake-layout";
import type { PromotionStepContext } from "./context";
import { type Checked, emptyCheck, gateFailedCheck, type Judged, type Loaded } from "./shared";

/** What Athena wrote, as the version's files (content hash over S3's ETags); the quarantine listing joined into one object. */
export async function athenaCollect(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
  judged: Judged,
): Promise<Checked> {
  const { run, dataset } = await ctx.context(promotionId);
  if (judged.outcome === "failed") return gateFailedCheck(judged.quarantinedRows, judged.report);
  if (judged.outcome === "empty") return emptyCheck(judged.report);
  const report = judged.report === undefined ? {} : { report: judged.report };
  const written = await ctx.deps.lake.list(versionPrefix(run.to, dataset.id, partition, load.version));
  if (written.length === 0) fail("internal", `Athena wrote no files for ${run.to} version ${load.version}`);
  const quarantine = quarantineKey(dataset.id, partition, load.version);
  const quarantineFiles =
    judged.quarantinedRows > 0
      ? (await ctx.deps.lake.list(`${quarantine}${ATHENA_QUARANTINE_PARQUET}`)).map((o) => o.key)
      : [];
  if (judged.quarantinedRows > 0) {
    const parts = await ctx.deps.lake.list(`${quarantine}${ATHENA_QUARANTINE_JSON}`);
    const texts = await Promise.all(parts.map((part) => ctx.deps.lake.text(part.key)));
    const lines = texts.flatMap((text) => (text ?? "").split("\n").filter((line) => line.trim() !== ""));
    await ctx.deps.lake.put(`${quarantine}${QUARANTINE_LISTING}`, lines.map((line) => `${line}\n`).join(""));
  }
  return {
    outcome: "passed",
    files: written.map((o) => o.key),
    quarantineFiles,
    contentHash: createHash("sha256")
      .update(written.map((o) => `${o.key.slice(o.key.lastIndexOf("/") + 1)}\t${o.size}\t${o.etag}`).join("\n"))
      .digest("hex"),
    rows: judged.rows,
    quarantinedRows: judged.quarantinedRows,
    ...report,
  };
}
