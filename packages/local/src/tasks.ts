import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { WorkflowDeclaration } from "@plinth/workflows";
import type { LambdaHandler } from "./stepfunctions/integrations";
import { taskFunctionName } from "./workflows";

/**
 * Registers each workflow's task functions as in-process Lambda handlers, under the names the
 * stack gives them: `{ TaskFunction: "functions/tasks/provisioning.handler" }` imports `handler` from
 * functions/tasks/provisioning.ts and serves it as `plinth-<stage>-<Workflow>TaskFunction`.
 * Each call imports the modules afresh (a new "container"), so a second local cloud in the same
 * process does not inherit clients a handler built for the first one's endpoints.
 */
let containers = 0;

export async function registerTaskFunctions(
  lambdas: Map<string, LambdaHandler>,
  stage: string,
  list: readonly WorkflowDeclaration[],
  root: string,
): Promise<string[]> {
  const registered: string[] = [];
  const container = ++containers;
  for (const workflow of list) {
    for (const [binding, handler] of Object.entries(workflow.tasks ?? {})) {
      const at = handler.lastIndexOf(".");
      const file = resolve(root, `${handler.slice(0, at)}.ts`);
      const exported = handler.slice(at + 1);
      const module = (await import(`${pathToFileURL(file).href}?container=${container}`)) as Record<string, unknown>;
      const fn = module[exported];
      if (typeof fn !== "function")
        throw new Error(`${file} does not export a function "${exported}" (task ${workflow.name}.${binding})`);
      const name = taskFunctionName(stage, workflow.name, binding);
      lambdas.set(name, fn as LambdaHandler);
      registered.push(name);
    }
  }
  return registered;
}
