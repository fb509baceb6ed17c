import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoPipelineStore, DynamoServiceStore } from "@plinth/aws";
import { z } from "zod";
import { startLocalCloud } from "./cloud";
import { devUsers } from "./dev-identity";
import { SAMPLE_DAYS, seedLake } from "./lake/seed-lake";
import { ensurePortalBuilt, portalDist } from "./portal";
import { seedGitHub, seedServices } from "./seed";
import { seedFleet } from "./seed-fleet";

/**
 * `npm start`: the local cloud and the API on loopback, with dev tokens, in one process.
 * Configuration is read once here and a bad value fails with its name.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const Port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);
const Config = z.object({
  PLINTH_API_PORT: Port(3000),
  PLINTH_CLOUD_PORT: Port(4566),
  PLINTH_DYNAMODB_PORT: Port(8000),
  PLINTH_S3_PORT: Port(4568),
  PLINTH_GITHUB_PORT: Port(4569),
  PLINTH_OIDC_PORT: Port(4570),
  /**
   * Set to a folder (e.g. `.plinth/data`) to keep the table, the lake, state machines and executions
   * across restarts: running executions resume (README: what survives a restart).
   */
  PLINTH_DATA_DIR: z.string().min(1).optional(),
  /** Where `local.env` is written. */
  PLINTH_STATE_DIR: z.string().min(1).default(".plinth"),
  /** Real seconds per virtual second for Waits, retries and timeouts: "1/60" runs an hour in a minute. */
  PLINTH_TIME_SCALE: z
    .string()
    .regex(/^\d+(\.\d+)?(\/\d+(\.\d+)?)?$/, 'a number or a fraction such as "1/60"')
    .default("1")
    .transform((text) =>
      text
        .split("/")
        .map(Number)
        .reduce((a, b) => a / b),
    )
    .refine((scale) => scale > 0, "must be greater than 0"),
  /** WARN by default: a line per request would push the banner off the screen; INFO shows them. */
  PLINTH_LOG_LEVEL: z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]).default("WARN"),
  /** `off` skips the sample lake (benchmarks do, so its promotions do not share their cores). */
  PLINTH_SAMPLE_LAKE: z.enum(["on", "off"]).default("on"),
  /** The size switch's limit for this run (read by the promotion task): a small one sends silver and gold to Athena. */
  PLINTH_DUCKDB_LIMIT_BYTES: z.coerce.number().int().min(0).optional(),
});

async function main(): Promise<void> {
  const parsed = Config.safeParse(process.env);
  if (!parsed.success) {
    fail(`configuration: ${z.prettifyError(parsed.error)}`);
    return;
  }
  const config = parsed.data;
  const started = performance.now();
  const portalBuild = await ensurePortalBuilt();
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const cloud = await startLocalCloud({
    ports: {
      api: config.PLINTH_API_PORT,
      cloud: config.PLINTH_CLOUD_PORT,
      dynamodb: config.PLINTH_DYNAMODB_PORT,
      s3: config.PLINTH_S3_PORT,
      github: config.PLINTH_GITHUB_PORT,
      oidc: config.PLINTH_OIDC_PORT,
    },
    ...(config.PLINTH_DATA_DIR ? { dataDir: resolve(root, config.PLINTH_DATA_DIR) } : {}),
    logLevel: config.PLINTH_LOG_LEVEL,
    timeScale: config.PLINTH_TIME_SCALE,
    version,
    portal: { distDir: portalDist },
    platformAlarms: true,
  });
  seedFleet(cloud.fleet, cloud.cloudWatch);
  await seedServices(new DynamoServiceStore(cloud.apiClients.dynamodb, cloud.tableName), cloud.clock);
  await seedGitHub(
    cloud.github,
    new DynamoPipelineStore(cloud.apiClients.dynamodb, cloud.tableName),
    (org) => cloud.github.installationOf(org),
    cloud.clock,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const envFile = join(resolve(root, config.PLINTH_STATE_DIR), "local.env");
  const lines = {
    ...cloud.env,
    ...Object.fromEntries(Object.entries(cloud.tokens).map(([user, token]) => [`PLINTH_TOKEN_${user}`, token])),
  };
  mkdirSync(dirname(envFile), { recursive: true });
  writeFileSync(
    envFile,
    `${Object.entries(lines)
      .map(([key, value]) => `${key}=${shellQuote(value)}`)
      .join("\n")}\n`,
  );

  const users = devUsers
    .map(
      (user) =>
        `  ${user.key.padEnd(6)} ${user.teams.join(",").padEnd(9)} ${user.roles.join(",").padEnd(10)} $PLINTH_TOKEN_${user.key}`,
    )
    .join("\n");
  process.stdout.write(
    [
      "",
      `Plinth local cloud is up (${seconds} s)${cloud.resumedExecutions > 0 ? `; resumed ${cloud.resumedExecutions} execution${cloud.resumedExecutions === 1 ? "" : "s"} from ${config.PLINTH_DATA_DIR}` : ""}`,
      "",
      `  Portal     ${cloud.portalUrl}   sign in as any dev user below${portalBuild.built ? ` (built in ${(portalBuild.ms / 1000).toFixed(1)} s)` : ""}`,
      `  API        ${cloud.apiUrl}`,
      `  Sign-in    ${cloud.identity.issuer}   (OpenID provider: discovery at /.well-known/openid-configuration)`,
      `  Docs       ${cloud.apiUrl}/docs`,
      `  OpenAPI    ${cloud.apiUrl}/openapi.json`,
      `  DynamoDB   ${cloud.env.AWS_ENDPOINT_URL_DYNAMODB}   table ${cloud.tableName}${config.PLINTH_DATA_DIR ? `  (data in ${config.PLINTH_DATA_DIR})` : "  (in memory)"}`,
      `  AWS gateway ${cloud.cloudUrl}   Step Functions and EventBridge (workflow time ×${(1 / config.PLINTH_TIME_SCALE).toFixed(0)})`,
      `  S3         ${cloud.env.AWS_ENDPOINT_URL_S3}   lake bucket ${cloud.lakeBucket}${config.PLINTH_DATA_DIR ? "" : "  (temporary folder)"}`,
      `  Events     ${cloud.cloudUrl}/_plinth/events   dead letters: ${cloud.cloudUrl}/_plinth/dead-letters`,
      `  Fleet      ${cloud.cloudUrl}/_plinth/fleet   alarms: ${cloud.cloudUrl}/_plinth/cloudwatch   (stand-ins)`,
      `  Athena     ${cloud.cloudUrl}/_plinth/athena   (stand-in; partitions over ${config.PLINTH_DUCKDB_LIMIT_BYTES === undefined ? "2 GiB" : `${config.PLINTH_DUCKDB_LIMIT_BYTES} bytes`} run there)`,
      `  Services   checkout, ledger-batch (payments); search-api (search)   ${cloud.portalUrl}services`,
      `  GitHub     ${cloud.githubUrl}/acme/checkout.git   (stand-in: org acme, app installed; ${cloud.cloudUrl}/_plinth/github)`,
      "",
      "Dev users (tokens valid 12 h, for this run only):",
      users,
      "",
      `Everything above is in ${envFile}:`,
      `  set -a; source ${envFile}; set +a`,
      '  curl -s -H "Authorization: Bearer $PLINTH_TOKEN_ALICE" $PLINTH_API_URL/v1/me',
      "",
      "Watch an alarm heal itself (the demo fleet's checkout service starts leaking memory; the runbook",
      "verifies after 5 min of workflow time — start with PLINTH_TIME_SCALE=1/60 to make that 5 s):",
      `  curl -s -X POST $PLINTH_CLOUD_URL/_plinth/fleet -H 'content-type: application/json' \\`,
      `       -d '{"break":{"resource":"ecs-service/prod/checkout","problem":"memory-leak"}}' >/dev/null`,
      '  curl -s -H "Authorization: Bearer $PLINTH_TOKEN_BOB" "$PLINTH_API_URL/v1/incidents?team=payments"',
      "",
      "Promote data: the sample lake's customers and orders land now and reach silver by themselves",
      `(orders ${SAMPLE_DAYS[0]}…${SAMPLE_DAYS.at(-1)}, with a known share of bad rows set aside); gold is one request:`,
      '  curl -s -H "Authorization: Bearer $PLINTH_TOKEN_ALICE" $PLINTH_API_URL/v1/datasets/orders/promotions',
      `  curl -s -X POST -H "Authorization: Bearer $PLINTH_TOKEN_ALICE" -H 'content-type: application/json' \\`,
      `       -d '{"to":"gold","partition":"${SAMPLE_DAYS[0]}"}' $PLINTH_API_URL/v1/datasets/orders/promotions`,
      "",
      "Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );

  if (config.PLINTH_SAMPLE_LAKE === "on")
    seedLake(cloud).then(
      () =>
        process.stdout.write(
          `Sample lake: customers and orders landed (watch them reach silver at /v1/datasets/orders).\n`,
        ),
      (error: unknown) =>
        fail(`the sample lake could not be seeded: ${error instanceof Error ? error.message : String(error)}`),
    );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the local cloud…\n`);
    await cloud.stop();
    process.stdout.write("stopped.\n");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@-]*$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

function fail(message: string): void {
  process.stderr.write(`plinth: ${message}\n`);
  process.exitCode = 1;
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
