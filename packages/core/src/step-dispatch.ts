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

/**
 * A workflow's steps as one object: the task function calls `run(input)`; subclasses only name their
 * input schema, their handler table and the context the handlers share.
 */
export class StepRunner<Step extends { action: string }, Context> {
  constructor(
    private readonly schema: { parse(input: unknown): Step },
    private readonly handlers: StepHandlers<Step, Context>,
    protected readonly ctx: Context,
  ) {}

  run(input: unknown): Promise<unknown> {
    return runStep(this.schema, this.handlers, this.ctx, input);
  }
}
