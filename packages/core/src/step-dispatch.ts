/**
 * How a workflow's task function runs its steps: the input names an `action`, a table holds one
 * handler per action, and the step context the handlers share is passed to the one chosen.
 */
export type StepHandlers<Step extends { action: string }, Context> = {
  [A in Step["action"]]: (ctx: Context, step: Extract<Step, { action: A }>) => Promise<unknown>;
};

/** Parses the task input (a mismatch is a bug of ours: the workflow wrote it) and runs its handler. */
export function runStep<Step extends { action: string }, Context>(
  schema: { parse(input: unknown): Step },
  handlers: StepHandlers<Step, Context>,
  ctx: Context,
  input: unknown,
): Promise<unknown> {
  const step = schema.parse(input);
  const handler = handlers[step.action as Step["action"]] as (ctx: Context, step: Step) => Promise<unknown>;
  return handler(ctx, step);
}
