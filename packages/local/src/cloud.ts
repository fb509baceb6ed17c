import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Logger } from "@aws-lambda-powertools/logger";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { bearerTokens, createApp } from "@plinth/api";
import {
  composeServices,
  type DynamoIncidentStore,
  ensureTable,
  lakeS3Client,
  linkedStage,
  METRICS_NAMESPACE,
  S3LakeStorage,
} from "@plinth/aws";
import {
  type Clock,
  Provisioning,
  physicalName,
  ResourceNames,
  systemClock,
  useTimeSource,
  type WorkflowName,
} from "@plinth/core";
import { workflows } from "@plinth/workflows";
import type { Hono } from "hono";
import { createAwsGateway } from "./aws-gateway";
import { BackgroundFailures } from "./background";
import { DevIdentity, devUsers } from "./dev-identity";
import { startDynamoDbLocal } from "./dynamodb-local";
import { AwsEventEntries, EventBridgeService } from "./eventbridge/service";
import { serveOnLoopback } from "./http";
import { MetricsCollector } from "./metrics-collector";
import { CLI_CLIENT_ID, listenLocalOidc } from "./oidc";
import { deployPlatformAlarms, evaluateOnMetrics } from "./platform-alarms";
import { portalHost } from "./portal";
import { assertPortFree } from "./ports";
import { createBus, deployRules } from "./rules";
import { localS3Client, startLocalS3 } from "./s3/local-s3";
import { seedProfiles } from "./seed";
import { AthenaStandIn } from "./standins/athena";
import { AwsMetrics } from "./standins/aws-metrics";
import { CloudFormationStandIn } from "./standins/cloudformation";
import { CloudWatchStandIn } from "./standins/cloudwatch";
import { type CostExplorerOptions, CostExplorerStandIn } from "./standins/cost-explorer";
import { FleetStandIn } from "./standins/fleet";
import { GitHubStandIn } from "./standins/github/github";
import { TrafficModel } from "./standins/traffic";
import { scaledClock } from "./stepfunctions/clock";
import type { LambdaHandler } from "./stepfunctions/integrations";
import { StepFunctionsService } from "./stepfunctions/service";
import { registerTaskFunctions } from "./tasks";
import { keepWorkflowTime, savedWorkflowTime } from "./virtual-time";
import { deployWorkflows, LOCAL_ACCOUNT, localBindings } from "./workflows";

export interface LocalCloudOptions {
  /** 0 picks a free port (tests); `npm start` passes fixed defaults. */
  ports?: { api?: number; cloud?: number; dynamodb?: number; s3?: number; github?: number; oidc?: number };
  /**
   * Keep everything here across restarts — DynamoDB, the lake, state machines and executions (which
   * resume), workflow time; in memory when absent.
   */
  dataDir?: string;
  /** Use this running DynamoDB Local instead of starting one (tests share one per run). */
  dynamodbEndpoint?: string;
  stage?: string;
  clock?: Clock;
  logLevel?: "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";
  /** Real seconds per virtual second for Wait, Retry and timeouts: 1/60 runs a minute in a second. */
  timeScale?: number;
  /** Where the cloud's (scaled) clock starts; now when absent. Tests pin hour-bound budgets with it. */
  startTime?: Date;
  version?: string;
  /** Seconds the OpenID provider's access tokens live (3600); tests of refresh shorten it. */
  accessTokenSeconds?: number;
  /**
   * Scheduled rules (the sweep, redelivery, cost ingestion) deployed DISABLED: at a time scale where
   * five minutes pass in milliseconds, a test starts those workflows itself (`runWorkflow`).
   */
  schedulesDisabled?: boolean;
  /** The Cost Explorer stand-in's page size, data lag and untagged spend. */
  costExplorer?: Omit<CostExplorerOptions, "clock" | "lifetimes" | "traffic">;
  /** Engine seconds between a remediation action and its effect on the fleet stand-in (30). */
  fleetEffectSeconds?: number;
  /**
   * Workflow seconds a record may claim to be working before the sweep checks its execution: 120, or
   * 10 real seconds when the clock runs faster (a sweep must never race the API starting an execution).
   */
  sweepGraceSeconds?: number;
  /**
   * Evaluate the platform's own alarms (core's platform-alarms.ts) against the collected metrics, so
   * breaking something shows the alarm and its incident. `npm start` does; tests opt in (a test run's
   * load would otherwise trip the 100 ms p95 alarm in every cloud).
   */
  platformAlarms?: boolean;
  /** Serve the built developer portal at /portal/ on the API's origin (`npm start`, browser tests). */
  portal?: { distDir: string };
}

export interface LocalCloud {
  /** Failures of the emulators' background work (also written to stderr and served at /_plinth/failures). */
  failures: BackgroundFailures;
  /** The cloud's one clock (scaled by `timeScale`): every time the API, workflows and tasks write. */
  clock: Clock;
  apiUrl: string;
  /** The developer portal, when the options asked for it. */
  portalUrl?: string;
  cloudUrl: string;
  /** The Plinth stage this cloud runs (`PLINTH_STAGE`): catalog stacks carry it in their names. */
  stage: string;
  tableName: string;
  /** The medallion lake's bucket on the local S3 server (`AWS_ENDPOINT_URL_S3`). */
  lakeBucket: string;
  /** The variables a process needs to reach this cloud through the standard AWS SDK settings. */
  env: Record<string, string>;
  /** Dev tokens by user key (ALICE, BOB, …). */
  tokens: Record<string, string>;
  identity: DevIdentity;
  stepFunctions: StepFunctionsService;
  eventBridge: EventBridgeService;
  cloudFormation: CloudFormationStandIn;
  /** The resources remediation acts on, and the alarms that watch them (stand-ins). */
  fleet: FleetStandIn;
  cloudWatch: CloudWatchStandIn;
  costExplorer: CostExplorerStandIn;
  /** The provisioned resources' AWS metrics (CloudWatch GetMetricData). */
  awsMetrics: AwsMetrics;
  /** Their traffic (POST /_plinth/usage): what both their metrics and their bill read. */
  traffic: TrafficModel;
  /** Starts a workflow now (as its rule would) and answers how it ended: tests and recordings use it. */
  runWorkflow(
    name: WorkflowName,
    input?: unknown,
  ): Promise<{ status: string; output: unknown; error?: string | undefined; cause?: string | undefined }>;
  /** The platform's own metrics, as its functions printed them (EMF), served at /_plinth/metrics. */
  metrics: MetricsCollector;
  /** GitHub (stand-in): the Plinth GitHub App, organisations, real git repositories; served at `githubUrl`. */
  github: GitHubStandIn;
  githubUrl: string;
  /** The engine for partitions past the DuckDB task's size switch (stand-in over DuckDB and the local S3). */
  athena: AthenaStandIn;
  incidents: DynamoIncidentStore;
  /** The SDK clients the API itself uses, so a benchmark can count its calls per operation. */
  apiClients: { dynamodb: DynamoDBClient; sfn: SFNClient };
  /** Executions that were running when a durable cloud last stopped, resumed by this start. */
  resumedExecutions: number;
  stop(): Promise<void>;
}

const REGION = "us-east-1";
const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Boots the local cloud: DynamoDB Local, the AWS gateway (JSON-protocol services + dev identity),
 * the API. Production code finds everything through `AWS_ENDPOINT_URL_*` and `SST_RESOURCE_*`, which
 * this sets on the current process (the local cloud *is* this process's AWS) and returns for others.
 */
export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const ports = { api: 0, cloud: 0, dynamodb: 0, s3: 0, github: 0, oidc: 0, ...options.ports };
  const stage = options.stage ?? "local";
  const clock = options.clock ?? systemClock;
  const stopping: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const close of stopping.reverse()) await close().catch(() => undefined);
  };

  // A busy port is reported before anything starts, not after DynamoDB Local has booted.
  await assertPortFree(ports.api, "the Plinth API", "PLINTH_API_PORT");
  await assertPortFree(ports.cloud, "the local cloud", "PLINTH_CLOUD_PORT");
  await assertPortFree(ports.dynamodb, "DynamoDB Local", "PLINTH_DYNAMODB_PORT");
  await assertPortFree(ports.s3, "the local S3", "PLINTH_S3_PORT");
  await assertPortFree(ports.github, "the GitHub stand-in", "PLINTH_GITHUB_PORT");
  await assertPortFree(ports.oidc, "the OpenID provider", "PLINTH_OIDC_PORT");

  try {
    const dynamodb = options.dynamodbEndpoint
      ? { endpoint: options.dynamodbEndpoint }
      : await startDynamoDbLocal({
          port: ports.dynamodb,
          ...(options.dataDir ? { dbPath: join(options.dataDir, "dynamodb") } : {}),
        });
    if ("stop" in dynamodb) stopping.push(dynamodb.stop);

    // The gateway must listen before the identity exists (its URL is the issuer): bind, then mount.
    let gatewayApp: Hono | undefined;
    let incidentStore: DynamoIncidentStore | undefined;
    const gateway = await serveOnLoopback(
      { fetch: (request: Request) => gatewayApp?.fetch(request) ?? new Response("starting", { status: 503 }) },
      ports.cloud,
      "the local cloud",
      "PLINTH_CLOUD_PORT",
    );
    stopping.push(gateway.close);
    // The OpenID provider listens first: its URL is the issuer the API trusts and the dev tokens carry.
    const oidc = await listenLocalOidc(ports.oidc);
    stopping.push(oidc.close);
    const identity = await DevIdentity.create(oidc.issuer);
    const { dataDir } = options;
    const timeFile = dataDir ? join(dataDir, "workflow-time.json") : undefined;
    const engineClock = scaledClock(
      options.timeScale ?? 1,
      options.startTime?.getTime() ?? (timeFile ? savedWorkflowTime(timeFile) : undefined),
    );
    if (dataDir && timeFile) {
      mkdirSync(dataDir, { recursive: true });
      const stopKeeping = keepWorkflowTime(timeFile, engineClock);
      stopping.push(async () => stopKeeping());
    }
    // One clock for everything a user sees: the workflows' scaled time is this process's time too.
    const restoreTime = options.clock ? () => undefined : useTimeSource(() => engineClock.now());
    stopping.push(async () => restoreTime());
    const lambdas = new Map<string, LambdaHandler>();
    const failures = new BackgroundFailures();
    const metrics = new MetricsCollector(stage);
    stopping.push(async () => metrics.close());
    const fleet = new FleetStandIn({
      failures,
      clock: engineClock,
      ...(options.fleetEffectSeconds === undefined ? {} : { effectSeconds: options.fleetEffectSeconds }),
    });
    const cloudFormation = new CloudFormationStandIn({
      failures,
      clock: engineClock,
      allowedResourceTypes: Provisioning.catalogResourceTypes(),
      ...(options.dataDir ? { stateFile: join(options.dataDir, "cloudformation.json") } : {}),
      // A provisioned queue exists in the account as the fleet models it, with the stack's tags.
      onResourceCreated: (resource) => {
        if (resource.type === "AWS::SQS::Queue")
          fleet.add({ type: "sqs-queue", id: resource.physicalId.split("/").at(-1) ?? "", tags: resource.tags });
      },
    });
    stopping.push(async () => cloudFormation.shutdown());
    stopping.push(async () => fleet.shutdown());
    const eventBridge = new EventBridgeService({ clock: engineClock, lambdas, failures });
    const lifetimes = () => cloudFormation.resourceLifetimes();
    const traffic = new TrafficModel(engineClock, lifetimes);
    const awsMetrics = new AwsMetrics({ clock: engineClock, lifetimes, traffic });
    const cloudWatch = new CloudWatchStandIn({
      awsMetrics,
      failures,
      clock: engineClock,
      metric: (namespace, name, dimensions, statistic) => {
        if (namespace !== METRICS_NAMESPACE || !statistic) return fleet.metric(namespace, name, dimensions);
        // EMF timestamps are wall-clock: the period, in workflow seconds, is scaled back to real time.
        const { service: _service, Stage: _stage, ...own } = dimensions;
        const since = Date.now() - statistic.periodSeconds * 1000 * (options.timeScale ?? 1);
        return metrics.statistic(name, own, since, statistic.statistic);
      },
      publish: async (entries) => {
        eventBridge.publishAsAwsService(entries as unknown as Record<string, unknown>[]);
      },
    });
    fleet.onChange(() => cloudWatch.evaluate());
    if (options.platformAlarms) {
      deployPlatformAlarms(cloudWatch, stage);
      stopping.push(evaluateOnMetrics(metrics, cloudWatch));
    }
    const lakeBucket = physicalName(stage, "lake");
    const s3 = await startLocalS3({
      port: ports.s3,
      ...(options.dataDir ? { directory: join(options.dataDir, "s3") } : {}),
      buckets: [lakeBucket],
      failures,
      account: LOCAL_ACCOUNT,
      region: REGION,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      onObjectCreated: async (entry) => {
        eventBridge.publishAsAwsService([entry as unknown as Record<string, unknown>]);
      },
    });
    stopping.push(s3.stop);
    const githubDirectory = dataDir ? join(dataDir, "github") : mkdtempSync(join(tmpdir(), "plinth-github-"));
    if (!dataDir) stopping.push(async () => rmSync(githubDirectory, { recursive: true, force: true }));
    const github = new GitHubStandIn({
      directory: githubDirectory,
      clock: { now: () => new Date(engineClock.now()) },
      sleep: (ms) => engineClock.sleep(ms),
    });
    const githubServer = await serveOnLoopback(github.app, ports.github, "the GitHub stand-in", "PLINTH_GITHUB_PORT");
    github.listening(githubServer.url);
    stopping.push(githubServer.close);
    const athenaS3 = localS3Client(s3.endpoint);
    const athena = new AthenaStandIn(() => athenaS3);
    stopping.push(async () => {
      await athena.shutdown();
      athenaS3.destroy();
    });
    const costExplorer = new CostExplorerStandIn({
      clock: engineClock,
      lifetimes,
      traffic,
      ...(options.costExplorer ?? {}),
    });
    const stepFunctions = new StepFunctionsService({
      clock: engineClock,
      ...(options.dataDir ? { directory: join(options.dataDir, "stepfunctions") } : {}),
      lambdas,
      onStatusChange: (entry) => eventBridge.publishAsAwsService([entry as unknown as Record<string, unknown>]),
      standins: new Map([
        ["cloudformation", cloudFormation.actions],
        ["cloudwatch", cloudWatch.actions],
        ["athena", athena.actions],
        ["costexplorer", costExplorer.actions],
        ...fleet.services,
      ]),
    });
    stopping.push(() => stepFunctions.shutdown());
    stopping.push(() => eventBridge.shutdown());
    gatewayApp = createAwsGateway(
      identity,
      [stepFunctions, eventBridge, costExplorer.service, cloudWatch.service],
      {
        events: (query) =>
          eventBridge.archivePage({
            cursor: query.cursor,
            source: query.source,
            detailType: query["detail-type"],
            since: query.since,
            limit: query.limit === undefined ? undefined : Number(query.limit),
          }),
        "dead-letters": () => eventBridge.deadLetters,
        failures: () => failures.list,
        cloudformation: () => cloudFormation.inspect(),
        fleet: () => fleet.inspect(),
        cloudwatch: () => cloudWatch.inspect(),
        athena: () => athena.inspect(),
        costexplorer: () => costExplorer.inspect(),
        github: () => github.inspect(),
        "dropped-events": () => incidentStore?.dropped(clock.now().toISOString().slice(0, 10)) ?? [],
        metrics: (query) => ({
          namespace: "Plinth",
          stage,
          metrics: metrics.summary({
            ...(query.name ? { name: query.name } : {}),
            ...(query.since ? { since: Date.parse(query.since) } : {}),
          }),
        }),
      },
      {
        cloudformation: (body) => cloudFormation.inject(body as Parameters<CloudFormationStandIn["inject"]>[0]),
        fleet: (body) => fleet.control(body),
        cloudwatch: (body) => cloudWatch.control(body),
        athena: (body) => athena.control(body),
        costexplorer: (body) => costExplorer.control(body),
        // A resource's traffic (requests per hour) from now on: its AWS metrics, and what it costs beyond its hourly rate.
        usage: (body) => traffic.set(body),
        github: (body) => github.control(body),
        // Events in AWS's own shape (e.g. a malformed alarm change), for what no stand-in emits.
        events: (body) => eventBridge.publishAsAwsService(AwsEventEntries.parse(body).entries),
      },
    );

    const tableName = physicalName(stage, "table");
    const webhookSecret = randomBytes(32).toString("hex");
    const env: Record<string, string> = {
      AWS_REGION: REGION,
      // The AWS CLI (v1 and v2) reads the region only from here; both honour AWS_ENDPOINT_URL_<SERVICE>
      // from v1.29 / v2.13 on.
      AWS_DEFAULT_REGION: REGION,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_SFN: gateway.url,
      AWS_ENDPOINT_URL_EVENTBRIDGE: gateway.url,
      AWS_ENDPOINT_URL_COST_EXPLORER: gateway.url,
      AWS_ENDPOINT_URL_CLOUDWATCH: gateway.url,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      // s3rver stores an `aws-chunked` upload as it arrived (trailer and all): checksums only where required.
      AWS_REQUEST_CHECKSUM_CALCULATION: "WHEN_REQUIRED",
      AWS_RESPONSE_CHECKSUM_VALIDATION: "WHEN_REQUIRED",
      [`SST_RESOURCE_${ResourceNames.table}`]: JSON.stringify({ name: tableName }),
      [`SST_RESOURCE_${ResourceNames.lake}`]: JSON.stringify({ name: lakeBucket }),
      PLINTH_STAGE: stage,
      // The Plinth GitHub App of this stage: the stand-in's app, reached as a GitHub Enterprise Server.
      PLINTH_GITHUB_API_URL: github.apiUrl,
      [`SST_RESOURCE_${ResourceNames.githubAppId}`]: JSON.stringify({ value: String(github.appId) }),
      [`SST_RESOURCE_${ResourceNames.githubAppPrivateKey}`]: JSON.stringify({ value: github.privateKey }),
      // The app's webhook secret (a new one each start): the stand-in signs with it, the API checks it, and
      // anyone with local.env can sign a test delivery (README: Delivery).
      PLINTH_GITHUB_WEBHOOK_SECRET: webhookSecret,
      [`SST_RESOURCE_${ResourceNames.githubWebhookSecret}`]: JSON.stringify({ value: webhookSecret }),
      PLINTH_SWEEP_GRACE_SECONDS: String(
        options.sweepGraceSeconds ?? Math.max(120, Math.ceil(10 / (options.timeScale ?? 1))),
      ),
    };
    Object.assign(process.env, env);

    const sfn = new SFNClient({});
    stopping.push(async () => sfn.destroy());
    const events = new EventBridgeClient({});
    stopping.push(async () => events.destroy());
    const bus = await createBus(events, physicalName(stage, "bus"));
    const bindings = localBindings(stage, { tableName, busName: bus.name, lakeBucket });
    await registerTaskFunctions(lambdas, stage, workflows, REPOSITORY_ROOT);
    const machines = await deployWorkflows(sfn, stage, bindings);
    await deployRules(events, stage, bus.name, machines, { lakeBucket, stage }, undefined, options.schedulesDisabled);
    for (const [name, resource] of Object.entries({ [ResourceNames.bus]: bus, ...machines })) {
      env[`SST_RESOURCE_${name}`] = JSON.stringify(resource);
      process.env[`SST_RESOURCE_${name}`] = env[`SST_RESOURCE_${name}`];
    }

    const dynamo = new DynamoDBClient({});
    stopping.push(async () => dynamo.destroy());
    await ensureTable(dynamo, tableName);
    // Everything the executions reach is up again: carry on what was running when the last process stopped.
    const resumed = stepFunctions.resume();
    const lakeClient = lakeS3Client();
    stopping.push(async () => lakeClient.destroy());
    // The same wiring Lambda uses (functions/api.ts), over the variables this cloud has just set.
    const services = composeServices({
      clients: { dynamodb: dynamo, sfn, eventBridge: events },
      lake: new S3LakeStorage(lakeClient, lakeBucket),
      ...linkedStage(env),
      clock,
      account: LOCAL_ACCOUNT,
      region: REGION,
    });
    incidentStore = services.incidents;
    await seedProfiles(services.profiles, devUsers, clock);

    const logger = new Logger({ serviceName: "plinth-api", logLevel: options.logLevel ?? "WARN" });
    const app = createApp({
      ...services,
      clock,
      logger,
      version: options.version ?? "local",
      authenticate: bearerTokens({ issuer: identity.issuer, audience: identity.audience, keys: identity.keys }),
    });
    const portal = options.portal
      ? portalHost(options.portal.distDir, {
          stage,
          issuer: oidc.issuer,
          devIdentity: gateway.url,
          cli: { issuer: oidc.issuer, clientId: CLI_CLIENT_ID },
          timeScale: options.timeScale ?? 1,
        })
      : undefined;
    const api = await serveOnLoopback(
      portal
        ? { fetch: (request: Request) => (isPortalPath(request) ? portal.fetch(request) : app.fetch(request)) }
        : app,
      ports.api,
      "the Plinth API",
      "PLINTH_API_PORT",
    );
    stopping.push(api.close);
    oidc.attach({
      signingKey: identity.signingJwk,
      audience: identity.audience,
      ...(options.accessTokenSeconds ? { accessTokenSeconds: options.accessTokenSeconds } : {}),
      ...(portal ? { portalUrl: `${api.url}/portal/` } : {}),
    });
    // GitHub's webhooks reach this API (signed with this start's secret); runs in flight carry on.
    github.hooks.configure(`${api.url}/webhooks/github`, webhookSecret);
    // The fleet runs what GitHub deploys: a resource linked to a repository's environment follows its deployments.
    github.runner.onDeployed((deployment) => fleet.released(deployment));
    github.runner.resume();
    stopping.push(async () => github.close());

    const tokens: Record<string, string> = {};
    for (const user of devUsers) tokens[user.key] = await identity.sign(user);
    // A durable restart also sweeps at once rather than in 5 minutes: whatever the last process lost
    // (an event in flight, a status change) is reconciled now. (The sweep's grace still applies.)
    if (options.dataDir) await sweepNow(sfn, machines.Reconciler?.arn, stage);

    return {
      clock,
      failures,
      apiUrl: api.url,
      ...(portal ? { portalUrl: `${api.url}/portal/` } : {}),
      cloudUrl: gateway.url,
      stage,
      tableName,
      lakeBucket,
      env: {
        ...env,
        PLINTH_API_URL: api.url,
        PLINTH_CLOUD_URL: gateway.url,
        ...(portal ? { PLINTH_PORTAL_URL: `${api.url}/portal/` } : {}),
      },
      tokens,
      identity,
      stepFunctions,
      eventBridge,
      cloudFormation,
      fleet,
      cloudWatch,
      costExplorer,
      awsMetrics,
      traffic,
      metrics,
      athena,
      github,
      githubUrl: githubServer.url,
      incidents: services.incidents,
      apiClients: { dynamodb: dynamo, sfn },
      resumedExecutions: resumed,
      runWorkflow: async (name: WorkflowName, input: unknown = {}) => {
        const stateMachineArn = machines[name]?.arn;
        if (!stateMachineArn) throw new Error(`no workflow ${name}`);
        const { executionArn } = await sfn.send(
          new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }),
        );
        await stepFunctions.settled(executionArn as string);
        const ended = await sfn.send(new DescribeExecutionCommand({ executionArn }));
        return {
          status: String(ended.status),
          output: ended.output ? (JSON.parse(ended.output) as unknown) : undefined,
          ...(ended.error ? { error: ended.error, cause: ended.cause } : {}),
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts the Reconciler as the `sweep` rule's schedule would: with a Scheduled Event. */
async function sweepNow(sfn: SFNClient, reconciler: string | undefined, stage: string): Promise<void> {
  if (!reconciler) return;
  const now = new Date().toISOString();
  await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: reconciler,
      input: JSON.stringify({
        version: "0",
        id: randomUUID(),
        "detail-type": "Scheduled Event",
        source: "aws.events",
        account: LOCAL_ACCOUNT,
        time: now,
        region: REGION,
        resources: [`arn:aws:events:${REGION}:${LOCAL_ACCOUNT}:rule/${physicalName(stage, "sweep")}`],
        detail: {},
      }),
    }),
  );
}

function isPortalPath(request: Request): boolean {
  const { pathname } = new URL(request.url);
  return pathname === "/" || pathname === "/portal" || pathname.startsWith("/portal/");
}
