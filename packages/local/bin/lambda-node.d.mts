/** The Node build fetched when the machine's Node is older than `.node-version` says. */
export const PINNED_NODE: string;
/** The major `.node-version` names: Lambda's. */
export function wantedMajor(): number;
/** The `bin` folder of Node `version` from the npm registry, fetched once into the cache. */
export function nodeFromRegistry(version: string, why?: string): string;
