import type { MapState } from "@plinth/workflows";
import { contextObject, jsonPathScope, languageOf, stateOutput } from "../dataflow";
import { runtimeError, StatesError, toStatesError } from "../errors";
import { evaluate } from "../jsonata";
import { readPath, renderTemplate, selectPath } from "../paths";
import { guarded } from "../retry";
import type { Frame, StateOutcome } from "../types";
import { nextOf } from "./transition";

type RunMachine = (frame: Frame, input: unknown) => Promise<unknown>;

/**
 * Map: runs its ItemProcessor once per item (or per ItemBatcher batch), at most MaxConcurrency at a
 * time (0 = all), with ItemSelector shaping each item. Failures beyond ToleratedFailureCount /
 * Percentage fail the state with States.ExceedToleratedFailureThreshold; without a tolerance the
 * first failure stops the rest. (AWS allows batching and tolerance only in distributed mode; the
 * local engine runs them inline.)
 */
export async function runMap(
  name: string,
  state: MapState,
  input: unknown,
  frame: Frame,
  entered: string,
  runMachine: RunMachine,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const processor = state.ItemProcessor ?? state.Iterator;
  if (!processor) throw runtimeError(`Map "${name}" has no ItemProcessor`);
  const baseContext = contextObject(frame, name, entered, 0);
  return guarded(state, frame, input, baseContext, async () => {
    const effective =
      language === "JSONata" ? input : selectPath(state.InputPath, jsonPathScope(frame, input, baseContext));
    const items =
      language === "JSONata"
        ? state.Items === undefined
          ? input
          : await evaluate(state.Items, { input, context: baseContext }, frame.variables)
        : state.ItemsPath === undefined
          ? effective
          : readPath(state.ItemsPath, jsonPathScope(frame, effective, baseContext));
    if (!Array.isArray(items))
      throw runtimeError(`Map "${name}": the items must be an array, got ${JSON.stringify(items)?.slice(0, 80)}`);

    const selected = await Promise.all(
      items.map(async (value, index) => {
        const mapItem = { Index: index, Value: value };
        const context = { ...baseContext, Map: { Item: mapItem } };
        const selector = state.ItemSelector ?? state.Parameters;
        if (selector === undefined) return value;
        if (language === "JSONata") return evaluate(selector, { input, context }, frame.variables);
        return await renderTemplate(selector, { ...jsonPathScope(frame, effective, context) });
      }),
    );
    const units = batches(selected, state, frame, effective, baseContext);
    frame.env.history.record("MapStateStarted", { length: units.length });

    const tolerance =
      state.ToleratedFailureCount ??
      (state.ToleratedFailurePercentage === undefined ? undefined : Number.POSITIVE_INFINITY);
    const siblings = frame.signal.child();
    const results: unknown[] = new Array(units.length);
    let failures = 0;
    let firstError: unknown;
    let cursor = 0;
    const worker = async () => {
      while (cursor < units.length && !siblings.signal.aborted) {
        const index = cursor++;
        frame.env.history.record("MapIterationStarted", { name, index });
        try {
          results[index] = await runMachine(
            {
              env: frame.env,
              machine: processor,
              queryLanguage: processor.QueryLanguage ?? language,
              variables: new Map(frame.variables),
              signal: siblings.signal,
              mapItem: { Index: index, Value: items[index] },
            },
            units[index],
          );
          frame.env.history.record("MapIterationSucceeded", { name, index });
        } catch (error) {
          if (frame.signal.aborted) throw error;
          failures++;
          frame.env.history.record("MapIterationFailed", { name, index });
          firstError ??= error;
          if (tolerance === undefined) siblings.abort(error);
        }
      }
    };
    const concurrency =
      state.MaxConcurrency && state.MaxConcurrency > 0 ? Math.min(state.MaxConcurrency, units.length) : units.length;
    try {
      await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    } finally {
      siblings.release();
    }
    if (frame.signal.aborted) throw frame.signal.reason;
    const exceeded =
      tolerance !== undefined &&
      (failures > tolerance ||
        (state.ToleratedFailurePercentage !== undefined &&
          units.length > 0 &&
          (failures / units.length) * 100 > state.ToleratedFailurePercentage));
    if (firstError !== undefined && (tolerance === undefined || exceeded)) {
      const error =
        tolerance === undefined
          ? toStatesError(firstError)
          : new StatesError(
              "States.ExceedToleratedFailureThreshold",
              `${failures} of ${units.length} iterations failed`,
            );
      frame.env.history.record("MapStateFailed", { error: error.error, cause: error.cause });
      throw error;
    }
    frame.env.history.record("MapStateSucceeded");
    const output = tolerance === undefined ? results : results.filter((_, index) => index in results);
    return { output: await stateOutput(state, language, frame, input, output, baseContext), next: nextOf(state) };
  });
}

function batches(items: unknown[], state: MapState, frame: Frame, effective: unknown, context: unknown): unknown[] {
  const batcher = state.ItemBatcher;
  if (!batcher) return items;
  const size = batcher.MaxItemsPerBatch ?? items.length;
  const maxBytes = batcher.MaxInputBytesPerBatch ?? Number.POSITIVE_INFINITY;
  const batchInput =
    batcher.BatchInput === undefined
      ? undefined
      : renderTemplate(batcher.BatchInput, jsonPathScope(frame, effective, context));
  const out: unknown[] = [];
  let current: unknown[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = Buffer.byteLength(JSON.stringify(item));
    if (current.length > 0 && (current.length >= size || bytes + itemBytes > maxBytes)) {
      out.push({ ...(batchInput === undefined ? {} : { BatchInput: batchInput }), Items: current });
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += itemBytes;
  }
  if (current.length > 0) out.push({ ...(batchInput === undefined ? {} : { BatchInput: batchInput }), Items: current });
  return out;
}
