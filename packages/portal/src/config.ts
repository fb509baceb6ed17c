/** What the host tells the portal at /portal/config.json: the stage, and how to sign in there. */
export interface PortalConfig {
  stage: string;
  /** The API's origin; "" when the portal is served by the API's own host. */
  apiUrl: string;
  docsUrl: string;
  /**
   * Real seconds per second of the API's clock: the local cloud's PLINTH_TIME_SCALE (1/60 runs a
   * minute a second). Absent in a deployed stage, where the API's clock is the real one.
   */
  timeScale?: number;
  auth: { kind: "local"; issuer: string } | { kind: "oidc"; issuer: string; clientId: string; scope: string };
}

/** A deployed stage bakes its settings into the build (VITE_PLINTH_CONFIG); `npm start` serves config.json. */
export async function loadConfig(): Promise<PortalConfig> {
  const baked = import.meta.env.VITE_PLINTH_CONFIG as string | undefined;
  if (baked) return JSON.parse(baked) as PortalConfig;
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`);
  if (!response.ok) throw new Error(`the portal's configuration did not load (${response.status})`);
  return (await response.json()) as PortalConfig;
}
