import type { ChoiceRule, State, StateMachine } from "./asl";

/**
 * Loops that cannot spin forever. A cycle in a workflow's transitions (a poll: wait → describe →
 * choice → wait) is bounded when the state machine has a `TimeoutSeconds`, or when the cycle carries
 * a counter: some state in it increments one (`States.MathAdd`) and a Choice in it compares a number.
 * Anything else is a loop that a stuck dependency keeps going until the execution's one-year limit.
 */
export function unboundedLoops(machine: StateMachine): string[] {
  const problems: string[] = [];
  check(machine, "", problems);
  return problems;
}

function check(machine: StateMachine, where: string, problems: string[]): void {
  const states = machine.States as Record<string, State>;
  for (const [name, state] of Object.entries(states)) {
    const nested = state as { ItemProcessor?: StateMachine; Iterator?: StateMachine; Branches?: StateMachine[] };
    for (const inner of [nested.ItemProcessor, nested.Iterator, ...(nested.Branches ?? [])])
      if (inner) check(inner, `${where}${name} › `, problems);
  }
  if (machine.TimeoutSeconds !== undefined) return;
  for (const cycle of cycles(states)) {
    const members = cycle.map((name) => states[name] as State);
    const counts = members.some((state) => JSON.stringify(state).includes("States.MathAdd"));
    const compares = members.some(
      (state) => state.Type === "Choice" && state.Choices.some((rule) => comparesNumber(rule)),
    );
    if (!(counts && compares))
      problems.push(
        `${where}loop ${cycle.join(" → ")} has no bound: count its rounds (States.MathAdd and a numeric Choice) or give the workflow TimeoutSeconds`,
      );
  }
}

function comparesNumber(rule: ChoiceRule): boolean {
  const text = JSON.stringify(rule);
  return /"Numeric(GreaterThan|LessThan)/.test(text) || /"Condition":"\{%[^"]*[<>]/.test(text);
}

function targets(state: State): string[] {
  const out: string[] = [];
  const s = state as { Next?: string; Default?: string; Choices?: ChoiceRule[]; Catch?: { Next: string }[] };
  if (s.Next) out.push(s.Next);
  if (s.Default) out.push(s.Default);
  for (const rule of s.Choices ?? []) if (rule.Next) out.push(rule.Next);
  for (const catcher of s.Catch ?? []) out.push(catcher.Next);
  return out;
}

/** The strongly connected components with a cycle (Tarjan), each in a readable order. */
function cycles(states: Record<string, State>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (name: string) => {
    indexOf.set(name, index);
    low.set(name, index++);
    stack.push(name);
    onStack.add(name);
    for (const next of targets(states[name] as State)) {
      if (!(next in states)) continue;
      if (!indexOf.has(next)) {
        visit(next);
        low.set(name, Math.min(low.get(name) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(name, Math.min(low.get(name) as number, indexOf.get(next) as number));
    }
    if (low.get(name) === indexOf.get(name)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== name);
      const selfLoop = component.length === 1 && targets(states[name] as State).includes(name);
      if (component.length > 1 || selfLoop) found.push(component.reverse());
    }
  };
  for (const name of Object.keys(states)) if (!indexOf.has(name)) visit(name);
  return found;
}
