import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import middy from "@middy/core";

/**
 * A workflow's task function: `{ action, … }` → the step's answer. The steps are built on the first
 * call, once per container (the local cloud imports each task module afresh for each start), so a
 * module that is only imported reads no configuration.
 */
export function taskHandler(serviceName: string, build: () => { run(input: unknown): Promise<unknown> }) {
  const logger = new Logger({ serviceName });
  let steps: ReturnType<typeof build> | undefined;
  return middy(async (event: unknown) => {
    steps ??= build();
    return await steps.run(event);
  }).use(injectLambdaContext(logger));
}
