import type { Adapter, AdapterPayload } from "oidc-provider";

/**
 * Where the local OpenID provider keeps sessions, codes, tokens and grants: memory, one store per
 * provider, each entry until it expires. Deliberately not durable — a restart of the local cloud
 * signs everyone out (the signing key is new too). Revoking a grant removes everything issued under it,
 * which is how a reused refresh token ends the whole sign-in.
 */
interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

export function memoryAdapterFactory(now: () => number = Date.now): (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const byGrant = new Map<string, Set<string>>();
  const secondary = new Map<string, string>();

  const live = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return (model) => {
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        entries.set(key(id), {
          payload,
          expiresAt: expiresIn === undefined ? Number.POSITIVE_INFINITY : now() + expiresIn * 1000,
        });
        if (payload.grantId) {
          const members = byGrant.get(payload.grantId) ?? new Set<string>();
          members.add(key(id));
          byGrant.set(payload.grantId, members);
        }
        if (payload.uid) secondary.set(`${model}:uid:${payload.uid}`, id);
        if (payload.userCode) secondary.set(`${model}:userCode:${payload.userCode}`, id);
      },
      async find(id) {
        return live(key(id));
      },
      async findByUid(uid) {
        const id = secondary.get(`${model}:uid:${uid}`);
        return id ? live(key(id)) : undefined;
      },
      async findByUserCode(userCode) {
        const id = secondary.get(`${model}:userCode:${userCode}`);
        return id ? live(key(id)) : undefined;
      },
      async consume(id) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(now() / 1000);
      },
      async destroy(id) {
        entries.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const member of byGrant.get(grantId) ?? []) entries.delete(member);
        byGrant.delete(grantId);
      },
    };
  };
}
