/**
 * Who is signed in: the bearer token the identity provider issued, kept in localStorage so a new tab
 * stays signed in. Its claims are read for display only; the API verifies every token itself.
 */
const KEY = "plinth.session";

export interface Claims {
  sub: string;
  name?: string;
  teams: string[];
  roles: string[];
  /** Epoch seconds. */
  exp: number;
}

export interface Session {
  token: string;
  claims: Claims;
}

export function decodeClaims(token: string): Claims | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replaceAll("-", "+").replaceAll("_", "/"));
    const claims = JSON.parse(json) as Partial<Claims> & Record<string, unknown>;
    if (typeof claims.sub !== "string" || typeof claims.exp !== "number") return undefined;
    return {
      sub: claims.sub,
      ...(typeof claims.name === "string" ? { name: claims.name } : {}),
      // Cognito carries them as `custom:teams` and `cognito:groups`, as the API reads them.
      teams: list(claims.teams ?? claims["custom:teams"]),
      roles: list(claims.roles ?? claims["cognito:groups"]),
      exp: claims.exp,
    };
  } catch {
    return undefined;
  }
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : [];
}

let listeners: (() => void)[] = [];

export function currentSession(): Session | undefined {
  const token = localStorage.getItem(KEY);
  if (!token) return undefined;
  const claims = decodeClaims(token);
  return claims ? { token, claims } : undefined;
}

export function signIn(token: string): void {
  localStorage.setItem(KEY, token);
  for (const listener of listeners) listener();
}

export function signOut(): void {
  localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

// Another tab signed in, renewed or signed out: this one follows.
addEventListener("storage", (event) => {
  if (event.key === KEY || event.key === null) for (const listener of listeners) listener();
});

export function onSessionChange(listener: () => void): () => void {
  listeners.push(listener);
  return () => {
    listeners = listeners.filter((other) => other !== listener);
  };
}

/** Roles are ranked as the API ranks them: each includes the ones before it; admin includes every team. */
const RANK = ["viewer", "developer", "approver", "admin"];

export function atLeast(session: Session | undefined, role: "viewer" | "developer" | "approver" | "admin"): boolean {
  return !!session && session.claims.roles.some((held) => RANK.indexOf(held) >= RANK.indexOf(role));
}
