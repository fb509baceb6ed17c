import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Hono } from "hono";
import { assertPortFree } from "./ports";

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a Hono app on loopback; port 0 picks a free one, a busy fixed port is a clear error. */
export async function serveOnLoopback(
  app: Pick<Hono, "fetch">,
  port: number,
  owner: string,
  variable: string,
): Promise<Served> {
  if (port !== 0) await assertPortFree(port, owner, variable);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: "127.0.0.1" }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // Keep-alive sockets would hold close() open; the local cloud owns its clients' lifetimes.
  server.keepAliveTimeout = 5_000;
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
