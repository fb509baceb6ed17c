import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, resolve } from "node:path";
import { Hono } from "hono";
import { PORTAL_CLIENT_ID } from "./oidc";

/**
 * The developer portal next to the API, on the same origin (no CORS): `/portal/*` serves the built
 * single-page app, `/portal/config.json` tells it the stage and how to sign in, `/` leads to it.
 */
export interface PortalHostConfig {
  stage: string;
  /** The local cloud's OpenID provider: the portal signs in there with its public client. */
  issuer: string;
  /** The gateway minting dev users' tokens (`/_plinth/identity/*`, local only): `plinth auth login --as`. */
  devIdentity: string;
  /** The OpenID provider and the CLI's public client: `plinth auth login --web | --device` finds them here. */
  cli?: { issuer: string; clientId: string };
  /** Real seconds per second of the cloud's clock (`PLINTH_TIME_SCALE`): the portal ages records by the API's time. */
  timeScale: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

export const portalRoot = resolve(import.meta.dirname, "../../portal");
export const portalDist = join(portalRoot, "dist");

export function portalHost(distDir: string, config: PortalHostConfig): Hono {
  const app = new Hono();
  const index = () => readFileSync(join(distDir, "index.html"), "utf8");
  app.get("/", (c) => c.redirect("/portal/", 302));
  app.get("/portal", (c) => c.redirect("/portal/", 301));
  app.get("/portal/config.json", (c) =>
    c.json({
      stage: config.stage,
      apiUrl: "",
      docsUrl: "/docs",
      timeScale: config.timeScale,
      auth: {
        kind: "oidc",
        issuer: config.issuer,
        clientId: PORTAL_CLIENT_ID,
        // No offline_access: the refresh token lives as long as the provider's session, and sign-out ends both.
        scope: "openid profile email",
        // The local provider's access tokens are JWTs for the API's audience, with teams and roles.
        token: "access_token",
        provider: "the local identity provider",
      },
      devIdentity: config.devIdentity,
      ...(config.cli ? { cli: config.cli } : {}),
    }),
  );
  app.get("/portal/*", (c) => {
    const wanted = resolve(distDir, `.${c.req.path.slice("/portal".length)}`);
    const inside = !relative(distDir, wanted).startsWith("..");
    if (inside && extname(wanted) && existsSync(wanted) && statSync(wanted).isFile()) {
      // Hashed asset names change with their content: cache them for good.
      const immutable = wanted.includes(`${join(distDir, "assets")}`);
      return c.body(readFileSync(wanted), 200, {
        "content-type": TYPES[extname(wanted)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
    }
    if (extname(wanted)) return c.text("not found", 404);
    // A page of the app (deep link): the app routes it.
    return c.html(index(), 200, { "cache-control": "no-cache" });
  });
  return app;
}

/** A fingerprint of everything the build reads, so `npm start` rebuilds only after a change. */
function sourceHash(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(root, "src"));
  for (const file of ["index.html", "vite.config.ts", "package.json"]) hash.update(readFileSync(join(root, file)));
  walk(join(root, "../client/src"));
  hash.update(readFileSync(join(root, "../client/openapi.json")));
  return hash.digest("hex");
}

/** Builds the portal with Vite when its sources changed since the last build; answers how long it took. */
export async function ensurePortalBuilt(root = portalRoot): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  const stamp = join(root, "dist", ".source-hash");
  const wanted = sourceHash(root);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted)
    return { built: false, ms: performance.now() - started };
  // In a child process with NODE_ENV=production: from a test run (NODE_ENV=test) Vite's React plugin
  // would otherwise emit React's development JSX runtime, 13% more JavaScript.
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  const build = spawnSync(process.execPath, [vite, "build", "--config", join(root, "vite.config.ts")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (build.status !== 0)
    throw new Error(`the portal did not build (vite exited ${build.status}):\n${build.stderr || build.stdout}`);
  writeFileSync(stamp, wanted);
  return { built: true, ms: performance.now() - started };
}
