/** Bundles the CLI into dist/plinth.mjs. */
export function buildCli(): Promise<void>;
