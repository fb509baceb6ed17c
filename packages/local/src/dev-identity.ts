import type { Role, TeamId } from "@plinth/core";
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  SignJWT,
} from "jose";

/**
 * The local cloud's dev users and their signing key. The OpenID provider (oidc.ts) issues tokens
 * with this key through real sign-ins; `sign` mints the same tokens directly for tests, scripts and
 * `/_plinth/identity/token` (local only). The key pair is made fresh at every start; tokens from an
 * earlier start stop verifying.
 */
export interface DevUser {
  /** Upper-case handle used in `PLINTH_TOKEN_<KEY>`. */
  key: string;
  sub: string;
  name: string;
  email: string;
  teams: TeamId[];
  roles: Role[];
}

/** Two teams, every role in each, and one platform admin. */
export const devUsers: readonly DevUser[] = [
  {
    key: "ALICE",
    sub: "alice",
    name: "Alice Payne",
    email: "alice@example.com",
    teams: ["payments"],
    roles: ["developer"],
  },
  { key: "BOB", sub: "bob", name: "Bob Price", email: "bob@example.com", teams: ["payments"], roles: ["approver"] },
  {
    key: "CAROL",
    sub: "carol",
    name: "Carol Pike",
    email: "carol@example.com",
    teams: ["payments"],
    roles: ["viewer"],
  },
  { key: "DAN", sub: "dan", name: "Dan Sears", email: "dan@example.com", teams: ["search"], roles: ["developer"] },
  { key: "ERIN", sub: "erin", name: "Erin Shaw", email: "erin@example.com", teams: ["search"], roles: ["approver"] },
  { key: "VIC", sub: "vic", name: "Vic Stone", email: "vic@example.com", teams: ["search"], roles: ["viewer"] },
  { key: "ROOT", sub: "root", name: "Rita Root", email: "root@example.com", teams: ["platform"], roles: ["admin"] },
];

export const DEV_AUDIENCE = "plinth-local";

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

export class DevIdentity {
  private constructor(
    readonly issuer: string,
    readonly audience: string,
    private readonly privateKey: SigningKey,
    readonly jwks: JSONWebKeySet,
    /** The private key as a JWK: the OpenID provider (oidc.ts) signs with the same key. */
    readonly signingJwk: JWK,
  ) {}

  static async create(issuer: string, audience = DEV_AUDIENCE): Promise<DevIdentity> {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const meta = { kid: "plinth-local-1", alg: "ES256", use: "sig" };
    const jwk = { ...(await exportJWK(publicKey)), ...meta };
    return new DevIdentity(
      issuer,
      audience,
      privateKey,
      { keys: [jwk] },
      { ...(await exportJWK(privateKey)), ...meta },
    );
  }

  get keys(): JWTVerifyGetKey {
    return createLocalJWKSet(this.jwks);
  }

  /**
   * A token as an IdP would issue it. `expiresIn` is a duration ("12h") or an absolute epoch second;
   * the options let tests forge wrong tokens on purpose.
   */
  async sign(
    user: Pick<DevUser, "sub" | "teams" | "roles"> & Partial<DevUser>,
    {
      expiresIn = "12h",
      audience = this.audience,
      claims = {},
    }: { expiresIn?: string | number; audience?: string; claims?: Record<string, unknown> } = {},
  ): Promise<string> {
    return new SignJWT({
      teams: user.teams,
      roles: user.roles,
      ...(user.name ? { name: user.name } : {}),
      ...(user.email ? { email: user.email } : {}),
      ...claims,
    })
      .setProtectedHeader({ alg: "ES256", kid: "plinth-local-1", typ: "JWT" })
      .setSubject(user.sub)
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.privateKey);
  }
}
