import { Hono } from "hono";
import { cors } from "hono/cors";
import { z } from "zod";
import { type DevIdentity, devUsers } from "./dev-identity";

/**
 * The local cloud's own port. AWS JSON-protocol services (Step Functions, EventBridge) are mounted
 * here by their `X-Amz-Target` prefix, so one `AWS_ENDPOINT_URL_SFN` / `_EVENTBRIDGE` value reaches
 * them through the real SDK clients. The same port mints dev users' tokens (`/_plinth/identity/*`, local
 * only: tests, scripts and the CLI's `--as`); the OpenID provider has its own port (oidc.ts).
 */
export interface AwsJsonService {
  /** e.g. `AWSStepFunctions`, `AWSEvents`. */
  targetPrefix: string;
  /** `1.0` for Step Functions, `1.1` for EventBridge. */
  jsonVersion: "1.0" | "1.1";
  handle(operation: string, input: unknown): Promise<unknown>;
}

/** An error in the shape AWS JSON protocols use, which the SDK turns into a named exception. */
export class AwsServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Read-only views a developer or a test can open in a browser: `/_plinth/<name>`. */
export type Inspectors = Record<string, (query: Record<string, string | undefined>) => unknown>;
/** Stand-in controls (fault injection): `POST /_plinth/<name>` with a JSON body. */
export type Controls = Record<string, (body: unknown) => unknown>;

const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/;
const TokenRequest = z.object({ user: z.string() });

export function createAwsGateway(
  identity: DevIdentity,
  services: AwsJsonService[] = [],
  inspectors: Inspectors = {},
  controls: Controls = {},
): Hono {
  const byPrefix = new Map(services.map((service) => [service.targetPrefix, service]));
  const app = new Hono();

  // The portal's local sign-in. Browsers may call it only from loopback pages (the portal), so a web
  // page a developer happens to visit cannot mint tokens; curl on the machine can, as it can read local.env.
  app.use(
    "/_plinth/identity/*",
    cors({ origin: (origin) => (LOOPBACK_ORIGIN.test(origin) ? origin : null), allowMethods: ["GET", "POST"] }),
  );
  app.get("/_plinth/identity/users", (c) =>
    c.json({
      items: devUsers.map(({ key, sub, name, email, teams, roles }) => ({ key, sub, name, email, teams, roles })),
    }),
  );
  app.post("/_plinth/identity/token", async (c) => {
    const parsed = TokenRequest.safeParse(await c.req.json().catch(() => undefined));
    const user = parsed.success ? devUsers.find((candidate) => candidate.sub === parsed.data.user) : undefined;
    if (!user) return c.json({ message: `send {"user": one of ${devUsers.map((u) => u.sub).join(", ")}}` }, 400);
    return c.json({ token: await identity.sign(user), tokenType: "Bearer", expiresIn: "12h" });
  });
  app.get("/_plinth/health", (c) => c.json({ status: "ok", services: [...byPrefix.keys()] }));
  for (const [name, read] of Object.entries(inspectors))
    app.get(`/_plinth/${name}`, async (c) => c.json(await read(c.req.query())));
  for (const [name, apply] of Object.entries(controls)) {
    app.post(`/_plinth/${name}`, async (c) => {
      const body: unknown = await c.req.json().catch(() => undefined);
      if (body === undefined) return c.json({ message: "send a JSON body" }, 400);
      try {
        return c.json((await apply(body)) ?? {});
      } catch (error) {
        // A control's own validation (zod) or a stand-in refusing: the caller sent something wrong.
        return c.json({ message: error instanceof Error ? error.message : String(error) }, 400);
      }
    });
  }

  app.post("/", async (c) => {
    const target = c.req.header("x-amz-target") ?? "";
    const [prefix = "", operation = ""] = target.split(".");
    const service = byPrefix.get(prefix);
    const jsonVersion = service?.jsonVersion ?? "1.1";
    const reply = (status: number, body: unknown, errorType?: string) =>
      c.body(JSON.stringify(body), status as 200, {
        "content-type": `application/x-amz-json-${jsonVersion}`,
        ...(errorType ? { "x-amzn-errortype": errorType } : {}),
      });
    if (!service) {
      const message = `the local cloud serves no service for X-Amz-Target "${target}"`;
      return reply(400, { __type: "UnknownOperationException", message }, "UnknownOperationException");
    }
    let input: unknown;
    try {
      input = JSON.parse((await c.req.text()) || "{}");
    } catch {
      return reply(
        400,
        { __type: "SerializationException", message: "the request body is not JSON" },
        "SerializationException",
      );
    }
    try {
      return reply(200, (await service.handle(operation, input)) ?? {});
    } catch (error) {
      if (error instanceof AwsServiceError) {
        return reply(error.status, { __type: error.type, message: error.message }, error.type);
      }
      const message = error instanceof Error ? error.message : String(error);
      return reply(500, { __type: "InternalFailure", message }, "InternalFailure");
    }
  });
  return app;
}

/** The ValidationException AWS answers for a missing required member. */
export function requireString(request: Record<string, unknown>, field: string): string {
  const value = request[field];
  if (typeof value !== "string") {
    throw validationError(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

export function validationError(message: string): AwsServiceError {
  return new AwsServiceError("ValidationException", message);
}

/** Offset paging with opaque tokens, as the list operations of AWS JSON services page. */
export function paginate<T>(
  items: readonly T[],
  token: unknown,
  limit: unknown,
  defaultLimit = 100,
): { page: T[]; nextToken?: string } {
  const size = typeof limit === "number" && limit > 0 ? Math.min(limit, 1000) : defaultLimit;
  let offset = 0;
  if (typeof token === "string") {
    offset = Number(Buffer.from(token, "base64url").toString());
    if (!Number.isInteger(offset) || offset < 0)
      throw new AwsServiceError("InvalidToken", "Invalid Token: the token is not one this service issued");
  }
  const page = items.slice(offset, offset + size);
  return offset + size < items.length
    ? { page, nextToken: Buffer.from(String(offset + size)).toString("base64url") }
    : { page };
}
