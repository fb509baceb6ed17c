import { z } from "zod";
import { type Caller, Role, TeamId } from "./caller";
import type { Clock } from "./clock";
import { fail } from "./errors";
import { parseInput, strictObject } from "./schema";

/** What a person may change about themselves. Teams and roles come from the identity provider. */
export const ProfilePatch = strictObject({
  displayName: z.string().trim().min(1).max(80).optional(),
  email: z.email().optional(),
  slackHandle: z
    .string()
    .regex(/^@[a-z0-9._-]{1,80}$/, "a Slack handle starts with @")
    .nullable()
    .optional(),
})
  .refine((patch) => Object.keys(patch).length > 0, { message: "nothing to change" })
  .meta({ id: "ProfilePatch" });
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const Profile = z
  .object({
    sub: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    slackHandle: z.string().nullable(),
    version: z.number().int().positive(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Profile" });
export type Profile = z.infer<typeof Profile>;

export interface ProfileStore {
  get(sub: string): Promise<Profile | undefined>;
  /** Creates the profile; fails with `conflict` if it exists. */
  create(profile: Profile): Promise<Profile>;
  /** Writes `next` only if the stored version is still `next.version - 1`; else `version_conflict`. */
  update(next: Profile): Promise<Profile>;
}

/** The caller as Plinth sees them: identity and grants from the token, profile from the table. */
export const Me = z
  .object({
    sub: z.string(),
    teams: z.array(TeamId),
    roles: z.array(Role),
    profile: Profile.nullable(),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof Me>;

export async function whoAmI(caller: Caller, profiles: ProfileStore): Promise<Me> {
  const profile = await profiles.get(caller.sub);
  return { sub: caller.sub, teams: [...caller.teams], roles: [...caller.roles], profile: profile ?? null };
}

/**
 * Applies a patch to the caller's own profile, creating it from the token's claims on first use.
 * `expectedVersion` (from If-Match) guards against a lost update between two tabs.
 */
export async function updateProfile(
  caller: Caller,
  input: unknown,
  profiles: ProfileStore,
  clock: Clock,
  expectedVersion?: number,
): Promise<Me> {
  const patch = parseInput(ProfilePatch, input, "body");
  const now = clock.now().toISOString();
  const current = await profiles.get(caller.sub);
  if (expectedVersion !== undefined && (current?.version ?? 0) !== expectedVersion) {
    fail("version_conflict", `profile is at version ${current?.version ?? 0}, not ${expectedVersion}`);
  }
  const base: Profile = current ?? {
    sub: caller.sub,
    displayName: caller.name ?? caller.sub,
    email: caller.email ?? null,
    slackHandle: null,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  const next: Profile = {
    ...base,
    ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
    ...(patch.email === undefined ? {} : { email: patch.email }),
    ...(patch.slackHandle === undefined ? {} : { slackHandle: patch.slackHandle }),
    version: base.version + 1,
    updatedAt: now,
  };
  const saved = current === undefined ? await profiles.create(next) : await profiles.update(next);
  return { sub: caller.sub, teams: [...caller.teams], roles: [...caller.roles], profile: saved };
}
