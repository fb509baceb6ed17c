/**
 * IAM name patterns for what this stage's catalog stacks create: their names are
 * `plinth-<stage>-<team>-<environment>-<name>` (core's stackNameOf), so the environment part fences
 * them off from the stage's own resources (`plinth-<stage>-table`, …) and from other stages.
 */
export const ENVIRONMENTS = ["dev", "staging", "production"] as const;

export function catalogNamePatterns(stage: string): string[] {
  return ENVIRONMENTS.map((environment) => `plinth-${stage}-*-${environment}-*`);
}

/** IAM's wildcard match (`*` any run of characters, `?` one), for tests of the scope. */
export function iamMatches(pattern: string, name: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replaceAll("*", ".*")
    .replaceAll("?", ".");
  return new RegExp(`^${regex}$`).test(name);
}
