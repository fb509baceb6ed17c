import { z } from "zod";
import { fail } from "./errors";

export const Roles = ["viewer", "developer", "approver", "admin"] as const;
export const Role = z.enum(Roles);
export type Role = z.infer<typeof Role>;

export const TeamId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,38}[a-z0-9]$/, "a team id is 3–40 lowercase letters, digits or dashes");
export type TeamId = z.infer<typeof TeamId>;

/**
 * A list claim as it reaches us. Tokens carry JSON arrays; API Gateway's JWT authorizer flattens
 * array claims into one string such as `[team-a team-b]`, and some IdPs send `a,b` or `a b`.
 */
const ListClaim = z.union([
  z.array(z.string()),
  z.string().transform((raw) =>
    raw
      .replace(/^\[|\]$/g, "")
      .split(/[\s,]+/)
      .filter((item) => item.length > 0),
  ),
]);

/**
 * The claims Plinth reads from a verified JWT; other claims are ignored. Cognito user pools carry
 * teams as the custom attribute `custom:teams` and roles as groups (`cognito:groups`).
 */
const fromCognito = (claims: unknown) => {
  if (claims === null || typeof claims !== "object") return claims;
  const record = claims as Record<string, unknown>;
  return { ...record, teams: record.teams ?? record["custom:teams"], roles: record.roles ?? record["cognito:groups"] };
};

export const CallerClaims = z.preprocess(
  fromCognito,
  z.object({
    sub: z.string().min(1),
    teams: ListClaim.pipe(z.array(TeamId)).default([]),
    roles: ListClaim.pipe(z.array(Role)).default([]),
    name: z.string().optional(),
    email: z.string().optional(),
  }),
);

export interface Caller {
  readonly sub: string;
  readonly teams: readonly TeamId[];
  readonly roles: readonly Role[];
  readonly name?: string;
  readonly email?: string;
}

export function callerFromClaims(claims: unknown): Caller {
  const { sub, teams, roles, name, email } = CallerClaims.parse(claims);
  return {
    sub,
    teams: [...new Set(teams)],
    roles: [...new Set(roles)],
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
  };
}

/**
 * Roles are ranked: each includes the ones below it (an approver may also request, a developer may
 * also read). `admin` is the platform team and includes every role in every team.
 */
export function hasRole(caller: Caller, role: Role): boolean {
  const needed = Roles.indexOf(role);
  return caller.roles.some((held) => Roles.indexOf(held) >= needed);
}

export function isAdmin(caller: Caller): boolean {
  return caller.roles.includes("admin");
}

/** Admins belong to every team; everyone else to the teams in their token. */
export function belongsTo(caller: Caller, team: TeamId): boolean {
  return isAdmin(caller) || caller.teams.includes(team);
}

/**
 * The team a team-scoped read is about: the one named, or the caller's only team. Naming none while
 * belonging to several is a 400 naming `query.team`; a team that is not the caller's is a 404.
 */
export function chosenTeam(named: string | undefined, caller: Caller): string {
  const team = named ?? (caller.teams.length === 1 ? caller.teams[0] : undefined);
  if (!team)
    fail("invalid_parameter", "say which team", [
      { field: "query.team", message: `required: you belong to ${caller.teams.join(", ") || "no team"}` },
    ]);
  if (!belongsTo(caller, team)) fail("not_found", `no team ${team} among yours`);
  return team;
}
