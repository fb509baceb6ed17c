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
    });
    const { storage } = await import("./stacks/storage");
    const { bus, eventRules } = await import("./stacks/events");
    const { stateMachines } = await import("./stacks/workflows");
    const { api } = await import("./stacks/api");
    const { portal, portalCallbackUrl, portalRouter } = await import("./stacks/portal");

    const { table, lake } = storage();
    const plinthBus = bus();
    const machines = stateMachines({ table, bus: plinthBus, lake });
    eventRules(plinthBus, lake, machines);
    const router = portalRouter();
    const { gateway, identity } = api({
      link: [table, lake, plinthBus, ...Object.values(machines).map((machine) => machine.link)],
      portalCallbackUrl: portalCallbackUrl(router),
    });
    const web = portal({ router, api: gateway, identity });

    return {
      api: gateway.url,
      portal: web.url,
      table: table.name,
      bus: plinthBus.name,
      lake: lake.name,
      ...(identity.pool ? { userPool: identity.pool.id } : {}),
    };
  },
});
