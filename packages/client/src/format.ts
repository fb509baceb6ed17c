/** How the portal and the CLI show money and age, the same way. */
export function formatUsd(usd: number): string {
  return usd.toLocaleString("en-US", { style: "currency", currency: "USD" });
}

export function ago(at: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} d ago`;
}

/** A dev user of `npm start`'s identity provider (`GET <issuer>/_plinth/identity/users`). */
export interface DevUser {
  key: string;
  sub: string;
  name: string;
  teams: string[];
  roles: string[];
}
