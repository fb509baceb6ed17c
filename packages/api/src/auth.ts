import { type Caller, callerFromClaims, PlinthError } from "@plinth/core";
import type { Context } from "hono";
import { type JWTVerifyGetKey, errors as joseErrors, jwtVerify } from "jose";
import { z } from "zod";

/** Turns a request into the authenticated caller, or throws `unauthenticated`. */
export type Authenticator = (c: Context) => Promise<Caller>;

export interface BearerTokenOptions {
  issuer: string;
  audience: string;
  /** A JWKS: `createLocalJWKSet` in the local cloud, `createRemoteJWKSet` against an IdP. */
  keys: JWTVerifyGetKey;
}

/** Verifies `Authorization: Bearer <jwt>` itself: signature, issuer, audience, expiry. */
export function bearerTokens({ issuer, audience, keys }: BearerTokenOptions): Authenticator {
  return async (c) => {
    const header = c.req.header("authorization");
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
    if (!token) throw new PlinthError("unauthenticated", "send Authorization: Bearer <token>");
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: ["ES256", "RS256"] });
      return parseClaims(payload);
    } catch (error) {
      if (error instanceof PlinthError) throw error;
      throw new PlinthError("unauthenticated", describeJoseError(error));
    }
  };
}

const AuthorizerEvent = z.object({
  requestContext: z.object({
    authorizer: z.object({ jwt: z.object({ claims: z.record(z.string(), z.unknown()) }) }),
  }),
});

/**
 * Behind API Gateway's JWT authorizer the token is already verified; its claims arrive in the
 * Lambda event (`hono/aws-lambda` puts the event on `c.env.event`). A request without them never
 * passed the authorizer, so it is refused rather than trusted.
 */
export function apiGatewayJwtClaims(): Authenticator {
  // biome-ignore lint/suspicious/useAwait: an Authenticator answers a promise; a refusal is its rejection
  return async (c) => {
    const event = AuthorizerEvent.safeParse((c.env as { event?: unknown } | undefined)?.event);
    if (!event.success) throw new PlinthError("unauthenticated", "no JWT authorizer claims on this request");
    return parseClaims(event.data.requestContext.authorizer.jwt.claims);
  };
}

function parseClaims(claims: Record<string, unknown>): Caller {
  try {
    return callerFromClaims(claims);
  } catch (error) {
    const fields =
      error instanceof z.ZodError ? error.issues.map((issue) => issue.path.join(".")).join(", ") : "claims";
    throw new PlinthError("unauthenticated", `the token's claims are not usable (${fields})`);
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "the token was signed by an unknown key";
  return "the token is not a valid JWT";
}
