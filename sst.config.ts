/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    const production = input?.stage === "production";
    return {
      name: "plinth",
      home: "aws",
      // Production data outlives a mistaken `sst remove`; personal stages clean up after themselves.
      removal: production ? "retain" : "remove",
      protect: production,
    };
  },
  async run() {
    const { lambdaRuntime } = await import("./stacks/runtime");
    // Every function (API and workflow tasks) on the one runtime the project tests on, and told its stage:
    // catalog stacks carry it in their names (packages/aws linkedStage()).
    $transform(sst.aws.Function, (args) => {
      args.runtime ??= lambdaRuntime;
      // zod's locales out of every bundle (stacks/esbuild-plugins.mjs, measured in bench/api.ts).
      args.nodejs = $output(args.nodejs ?? {}).apply((nodejs) => ({
        ...nodejs,
        plugins: "./stacks/esbuild-plugins.mjs",
      }));
      args.environment = $output(args.environment ?? {}).apply((environment) => ({
        ...environment,
        PLINTH_STAGE: $app.stage,
      }));
      // X-Ray: every function traced (Lambda's active tracing; the workflows trace too, stacks/workflows.ts).
      const own = args.transform?.function;
      args.transform = {
        ...args.transform,
        function: (fn, opts, name) => {
          fn.tracingConfig = { mode: "Active" };
          if (typeof own === "function") own(fn, opts, name);
          else if (own) Object.assign(fn, own);
        },
      };
      args.permissions = $output(args.permissions ?? []).apply((permissions) => [
        ...permissions,
        { actions: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], resources: ["*"] },
      ]);
    });
    const { storage } = await import("./stacks/storage");
    const { bus, eventRules } = await import("./stacks/events");
    const { stateMachines } = await import("./stacks/workflows");
    const { api } = await import("./stacks/api");
    const { portal, portalUrl, portalRouter } = await import("./stacks/portal");
    const { monitoring } = await import("./stacks/monitoring");
    const { githubApp, githubOidcProvider } = await import("./stacks/github");
    const { costAllocationTags } = await import("./stacks/cost");

    const { table, lake } = storage();
    const plinthBus = bus();
    const github = githubApp();
    const machines = stateMachines({ table, bus: plinthBus, lake, github });
    const ruleResources = eventRules(plinthBus, lake, machines);
    const watch = monitoring({ table, machines, rules: ruleResources });
    const router = portalRouter();
    const { gateway, identity } = api({
      link: [
        table,
        lake,
        plinthBus,
        ...github.secrets,
        ...github.webhookSecrets,
        ...Object.values(machines).map((machine) => machine.link),
      ],
      environment: github.environment,
      portalUrl: portalUrl(router),
    });
    const web = portal({ router, api: gateway, identity });
    const githubOidc = githubOidcProvider();
    costAllocationTags();

    return {
      api: gateway.url,
      portal: web.url,
      table: table.name,
      bus: plinthBus.name,
      lake: lake.name,
      dashboard: watch.dashboard.dashboardName,
      githubOidcProvider: githubOidc,
      ...(identity.pool ? { userPool: identity.pool.id } : {}),
    };
  },
});
