import { createServer } from "node:net";

/** A port the OS says is free right now (bind to 0, read it, release it). */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Fails with a message a person can act on when `port` is taken, instead of a bare EADDRINUSE. */
export async function assertPortFree(port: number, owner: string, variable: string, host = "127.0.0.1"): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `port ${port} for ${owner} is already in use: stop what holds it, or set ${variable} to another port (0 picks a free one)`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
