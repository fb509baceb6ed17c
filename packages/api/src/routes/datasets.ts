import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Data } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, IdempotencyKey, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const Dataset = Data.DatasetRecord.meta({ id: "Dataset" });
const Pointer = z
  .object({
    partition: z.string(),
    version: z.number().int(),
    previous: z.number().int().optional(),
    movedAt: z.string(),
    movedBy: z.string(),
    reason: z.enum(["promotion", "rollback"]),
  })
  .meta({ id: "StagePointer" });
const Promotion = z
  .object({
    id: z.string(),
    dataset: z.string(),
    team: z.string(),
    from: Data.Stage,
    to: Data.Stage,
    partitions: z.array(z.string()),
    status: Data.PromotionStatus,
    results: z.record(z.string(), Data.PartitionResult),
    requestedBy: z.string(),
    trigger: z.enum(["api", "landing"]),
    execution: z
      .string()
      .optional()
      .describe("The Step Functions execution running it (a landing's bronze and silver runs share one)"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Promotion" });
const DatasetDetail = Dataset.extend({
  contract: Data.Contract.optional(),
  stages: z.array(z.object({ stage: Data.Stage, partitions: z.array(Pointer) })),
  lastRuns: z.array(Promotion),
}).meta({ id: "DatasetDetail" });
const Page = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), cursor: z.string().optional() }).meta({ id });

const Id = z.object({ id: Data.DatasetId });
const RunId = z.object({
  id: Data.DatasetId,
  promotionId: z.string().regex(/^run-[0-9a-f]{24}$/, "a promotion id such as run-…"),
});
const StageParam = z.object({ id: Data.DatasetId, stage: z.enum(["bronze", "silver", "gold"]) });
const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});
const base = "/v1/datasets";
const readProblems = problems("unauthenticated", "not_found", "invalid_parameter");
const writeProblems = problems(
  "unauthenticated",
  "forbidden",
  "validation_failed",
  "malformed_json",
  "unsupported_media_type",
);

const register = createRoute({
  operationId: "registerDataset",
  method: "post",
  path: base,
  tags: ["data"],
  summary: "Register a dataset with its data contract (version 1)",
  description:
    "Registers a dataset and its data contract (columns, primary key, checks) as contract version 1. Files landing under `lake/landing/<id>/<partition>/` then start promotions by themselves.",
  security: bearer,
  request: { body: jsonBody(Data.RegisterDataset) },
  responses: { 201: json(Dataset, "Registered", ResponseHeaders.location), ...writeProblems, ...problems("conflict") },
});

const list = createRoute({
  operationId: "listDatasets",
  method: "get",
  path: base,
  tags: ["data"],
  summary: "Datasets of a team, newest first",
  description: "Datasets of a team, newest first, paged with `cursor`.",
  security: bearer,
  request: { query: Paging.extend({ team: z.string().optional() }) },
  responses: { 200: json(Page(Dataset, "DatasetList"), "A page of datasets"), ...readProblems },
});

const get = createRoute({
  operationId: "getDataset",
  method: "get",
  path: `${base}/{id}`,
  tags: ["data"],
  summary: "A dataset: its contract, the current version of each stage's partitions, its last runs",
  description:
    "A dataset with its current contract, the version each stage currently serves for each partition (bronze, silver, gold), and its last five promotion runs.",
  security: bearer,
  request: { params: Id },
  responses: { 200: json(DatasetDetail, "The dataset"), ...readProblems },
});

const putContract = createRoute({
  operationId: "putDatasetContract",
  method: "put",
  path: `${base}/{id}/contract`,
  tags: ["data"],
  summary: "A new contract version; a breaking change is refused (409) unless `force` is sent by the owner team",
  description:
    "Saves a new contract version. A change that would break readers of silver (a column removed, retyped or made nullable, a new NOT NULL column, another primary key) is a 409 listing what breaks, unless the owner team sends `force: true`. Preview first with POST …/contract/preview.",
  security: bearer,
  request: { params: Id, body: jsonBody(Data.ContractChange) },
  responses: {
    200: json(Dataset, "The dataset at its new contract version"),
    ...writeProblems,
    ...problems("not_found", "conflict", "version_conflict"),
  },
});

const putService = createRoute({
  operationId: "putDatasetService",
  method: "put",
  path: `${base}/{id}/service`,
  tags: ["data"],
  summary: "Move a dataset to another service of its team, or to none",
  description:
    "Names the catalog service the dataset belongs to (one of its team's; 422 on `body.service` otherwise), or none with `null` — what lets a service that owned it be retired.",
  security: bearer,
  request: { params: Id, body: jsonBody(Data.DatasetServiceChange) },
  responses: {
    200: json(Dataset, "The dataset"),
    ...writeProblems,
    ...problems("not_found", "version_conflict"),
  },
});

/** What starting a run answers: the run (202), or the first run again for a replayed Idempotency-Key (200). */
const runStarted = {
  202: json(Promotion, "Started", ResponseHeaders.location),
  200: json(
    Promotion,
    "A replay of the same Idempotency-Key: the first run",
    ResponseHeaders.location,
    ResponseHeaders.replayed,
  ),
};

const previewContract = createRoute({
  operationId: "previewDatasetContract",
  method: "post",
  path: `${base}/{id}/contract/preview`,
  tags: ["data"],
  summary: "What a new contract would change, column by column, and what of it is breaking; nothing is saved",
  description:
    "Takes the body PUT …/contract would take and answers, without saving, the version it would make, every column added, removed or changed (before → after), and what of it breaks readers. Portals and CLIs show this before saving.",
  security: bearer,
  request: { params: Id, body: jsonBody(Data.ContractChange) },
  responses: {
    200: json(Data.ContractPreview, "The changes against the current contract"),
    ...writeProblems,
    ...problems("not_found"),
  },
});

const promote = createRoute({
  operationId: "promoteDataset",
  method: "post",
  path: `${base}/{id}/promotions`,
  tags: ["data"],
  summary: "Promote a partition (or a range: a backfill) one stage up; the workflow runs it",
  description:
    "Answers 202 with the run; poll its Location. Re-running the same promotion (same inputs and contract) " +
    "answers the version written before instead of writing another.",
  security: bearer,
  request: { params: Id, headers: IdempotencyKey, body: jsonBody(Data.PromotionRequest) },
  responses: {
    ...runStarted,
    ...writeProblems,
    ...problems("not_found"),
  },
});

const promotions = createRoute({
  operationId: "listPromotions",
  method: "get",
  path: `${base}/{id}/promotions`,
  tags: ["data"],
  summary: "Promotion runs of a dataset, newest first",
  description: "Promotion runs of a dataset, newest first (API- and landing-triggered), paged with `cursor`.",
  security: bearer,
  request: { params: Id, query: Paging },
  responses: { 200: json(Page(Promotion, "PromotionList"), "A page of runs"), ...readProblems },
});

const promotion = createRoute({
  operationId: "getPromotion",
  method: "get",
  path: `${base}/{id}/promotions/{promotionId}`,
  tags: ["data"],
  summary: "A promotion run with each partition's result and quality report",
  description:
    "A run and each partition's result: status, the version written (or reused when inputs and contract were unchanged), the quality report with each check's failing rows, and the error of a failed partition. Poll it to follow a run.",
  security: bearer,
  request: { params: RunId },
  responses: { 200: json(Promotion, "The run"), ...readProblems },
});

const cancelPromotion = createRoute({
  operationId: "cancelPromotion",
  method: "post",
  path: `${base}/{id}/promotions/{promotionId}/cancel`,
  tags: ["data"],
  summary: "Cancel a running promotion: nothing more is published, what it wrote unrecorded is removed",
  description:
    "Stops the run's execution; every partition not yet finished becomes CANCELLED and the files it wrote under a " +
    "version nobody recorded are deleted. Partitions that already finished keep their result. A run that has " +
    "ended is a 409.",
  security: bearer,
  request: { params: RunId },
  responses: { 200: json(Promotion, "The run, CANCELLED"), ...writeProblems, ...problems("not_found", "conflict") },
});

const versions = createRoute({
  operationId: "listVersions",
  method: "get",
  path: `${base}/{id}/stages/{stage}/versions`,
  tags: ["data"],
  summary: "The versions of a stage's partition, newest first, with their lineage",
  description:
    "Every version of one partition in one stage, newest first, with its lineage (the input versions and content hashes it was made from), contract version, rows, rows set aside, engine and quality report.",
  security: bearer,
  request: { params: StageParam, query: z.object({ partition: Data.Partition }) },
  responses: {
    200: json(z.object({ items: z.array(Data.DataVersion) }).meta({ id: "VersionList" }), "Versions"),
    ...readProblems,
  },
});

const rollback = createRoute({
  operationId: "rollbackStage",
  method: "post",
  path: `${base}/{id}/stages/{stage}/rollback`,
  tags: ["data"],
  summary: "Point a stage's partition back at an earlier version (one conditional write)",
  description:
    "Points the stage's partition back at an earlier version in one conditional write; readers see it at once. The previous pointer is kept, so a rollback can itself be undone.",
  security: bearer,
  request: { params: StageParam, body: jsonBody(Data.Rollback) },
  responses: { 200: json(Pointer, "The pointer now"), ...writeProblems, ...problems("not_found", "conflict") },
});

const Quarantined = z
  .object({
    partition: z.string(),
    version: z.number().int(),
    contractVersion: z.number().int(),
    rows: z.number().int(),
    byCheck: z.record(z.string(), z.number().int()),
    files: z.array(z.string()).describe("Parquet: the rows as they arrived, plus `_plinth_reasons`"),
  })
  .meta({ id: "Quarantined" });

const quarantine = createRoute({
  operationId: "getQuarantine",
  method: "get",
  path: `${base}/{id}/quarantine`,
  tags: ["data"],
  summary: "Rows the current silver versions set aside: per partition, by check, and where their files are",
  description:
    "Rows the current silver versions set aside, per partition: how many, by which check, and the files holding them.",
  security: bearer,
  request: { params: Id, query: z.object({ partition: Data.Partition.optional() }) },
  responses: {
    200: json(z.object({ items: z.array(Quarantined) }).meta({ id: "QuarantineList" }), "Quarantined rows"),
    ...readProblems,
  },
});

const quarantineRows = createRoute({
  operationId: "listQuarantinedRows",
  method: "get",
  path: `${base}/{id}/quarantine/rows`,
  tags: ["data"],
  summary: "The set-aside rows of a partition's current silver version, as they arrived, with `_plinth_reasons`",
  description:
    "The set-aside rows of one partition's current silver version as they arrived, each with `_plinth_reasons` naming the checks it failed; paged with `offset` and `limit`.",
  security: bearer,
  request: { params: Id, query: Data.QuarantineRowsQuery },
  responses: {
    200: json(
      z
        .object({
          items: z.array(z.record(z.string(), z.unknown())),
          total: z.number().int().describe("rows set aside"),
          listed: z
            .number()
            .int()
            .optional()
            .describe("rows listable here (the first 10,000; all are in the Parquet file)"),
          version: z.number().int().optional(),
        })
        .meta({ id: "QuarantineRows" }),
      "A page of rows",
    ),
    ...readProblems,
  },
});

const reprocess = createRoute({
  operationId: "reprocessQuarantine",
  method: "post",
  path: `${base}/{id}/quarantine/reprocess`,
  tags: ["data"],
  summary: "After a contract fix, promote silver again for the partitions that set rows aside (one run)",
  description:
    "After fixing the contract (or the data), promotes silver again for the partitions whose current version set rows aside, in one run (all of them by default).",
  security: bearer,
  request: { params: Id, headers: IdempotencyKey, body: jsonBody(Data.Reprocess) },
  responses: {
    ...runStarted,
    ...writeProblems,
    ...problems("not_found", "conflict"),
  },
});

export function registerDatasets(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const service = deps.data;
  app.openapi(register, async (c) => {
    const dataset = await service.register(c.req.valid("json"), c.var.caller);
    return c.json(dataset, 201, { Location: `${base}/${dataset.id}` });
  });
  app.openapi(list, async (c) => c.json(await service.list(c.var.caller, c.req.valid("query")), 200));
  app.openapi(get, async (c) => c.json(await service.get(c.req.valid("param").id, c.var.caller), 200));
  app.openapi(putService, async (c) =>
    c.json(await service.setService(c.req.valid("param").id, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(putContract, async (c) =>
    c.json(await service.putContract(c.req.valid("param").id, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(previewContract, async (c) =>
    c.json(await service.previewContract(c.req.valid("param").id, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(promote, async (c) => {
    const { id } = c.req.valid("param");
    const { created, record } = await service.promote(id, c.req.valid("json"), c.var.caller, {
      idempotencyKey: c.req.valid("header")["idempotency-key"],
    });
    return c.json(record, created ? 202 : 200, {
      Location: `${base}/${id}/promotions/${record.id}`,
      ...(created ? {} : { "idempotent-replayed": "true" }),
    });
  });
  app.openapi(promotions, async (c) =>
    c.json(await service.promotions(c.req.valid("param").id, c.var.caller, c.req.valid("query")), 200),
  );
  app.openapi(promotion, async (c) => {
    const { id, promotionId } = c.req.valid("param");
    return c.json(await service.promotion(id, promotionId, c.var.caller), 200);
  });
  app.openapi(cancelPromotion, async (c) => {
    const { id, promotionId } = c.req.valid("param");
    return c.json(await service.cancelPromotion(id, promotionId, c.var.caller), 200);
  });
  app.openapi(versions, async (c) => {
    const { id, stage } = c.req.valid("param");
    return c.json({ items: await service.versions(id, stage, c.req.valid("query").partition, c.var.caller) }, 200);
  });
  app.openapi(quarantine, async (c) =>
    c.json(
      { items: await service.quarantine(c.req.valid("param").id, c.var.caller, c.req.valid("query").partition) },
      200,
    ),
  );
  app.openapi(quarantineRows, async (c) =>
    c.json(await service.quarantineRows(c.req.valid("param").id, c.req.valid("query"), c.var.caller), 200),
  );
  app.openapi(reprocess, async (c) => {
    const { id } = c.req.valid("param");
    const { created, record } = await service.reprocess(
      id,
      c.req.valid("json"),
      c.var.caller,
      c.req.valid("header")["idempotency-key"],
    );
    return c.json(record, created ? 202 : 200, { Location: `${base}/${id}/promotions/${record.id}` });
  });
  app.openapi(rollback, async (c) => {
    const { id, stage } = c.req.valid("param");
    const pointer = await service.rollback(id, stage, c.req.valid("json"), c.var.caller);
    return c.json({ ...pointer, partition: c.req.valid("json").partition }, 200);
  });
}
