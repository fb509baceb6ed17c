/** The next state of a state with Next/End, or undefined when it ends its machine. */
export function nextOf(state: { Next?: string; End?: boolean }): string | undefined {
  return state.End ? undefined : state.Next;
}
