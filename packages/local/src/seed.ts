import { type Clock, isPlinthError, type ProfileStore } from "@plinth/core";
import type { DevUser } from "./dev-identity";

/** Profiles for the sample users, so `GET /v1/me` has something to show on a fresh start. Idempotent. */
export async function seedProfiles(profiles: ProfileStore, users: readonly DevUser[], clock: Clock): Promise<number> {
  const now = clock.now().toISOString();
  let created = 0;
  for (const user of users) {
    try {
      await profiles.create({
        sub: user.sub,
        displayName: user.name,
        email: user.email,
        slackHandle: `@${user.sub}`,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      created++;
    } catch (error) {
      if (!(isPlinthError(error) && error.code === "conflict")) throw error;
    }
  }
  return created;
}
