/** The Node build fetched when the machine's Node is older than `.node-version` says. */
export const PINNED_NODE: string;
/** The major `.node-version` names: Lambda's. */
export function wantedMajor(): number;
