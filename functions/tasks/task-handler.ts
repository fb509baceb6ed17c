import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { Tracer } from "@aws-lambda-powertools/tracer";
import { captureLambdaHandler } from "@aws-lambda-powertools/tracer/middleware";
import middy from "@middy/core";

/**
 * A workflow's task function: `{ action, … }` → the step's answer. The steps are built on the first
 * call, once per container (the local cloud imports each task module afresh for each start), so a
 * module that is only imported reads no configuration.
 *
 * Traced with X-Ray (Powertools Tracer): the invocation, each AWS call of the clients `build` wraps
 * with `tracer.captureAWSv3Client`, and the step's `action` as an annotation (searchable: which step
 * is slow). Responses are not recorded (a promotion's answer can pass X-Ray's 64 KB). Outside Lambda
 * the Tracer turns itself off, so the local cloud runs these functions untraced.
 */
export function taskHandler(serviceName: string, build: (tracer: Tracer) => { run(input: unknown): Promise<unknown> }) {
  const logger = new Logger({ serviceName });
  const tracer = new Tracer({ serviceName });
  let steps: ReturnType<typeof build> | undefined;
  return middy(async (event: unknown) => {
    steps ??= build(tracer);
    const action = event !== null && typeof event === "object" && "action" in event ? event.action : undefined;
    if (typeof action === "string") tracer.putAnnotation("action", action);
    return await steps.run(event);
  })
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger));
}
