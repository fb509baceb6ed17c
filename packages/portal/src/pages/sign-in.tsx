import type { DevUser } from "@plinth/client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { ProblemMessage } from "../components/ui";
import type { PortalConfig } from "../config";
import { signIn } from "../session";

function returnPath(search: string): string {
  const back = new URLSearchParams(search).get("return") ?? "/";
  // Only a path of this portal: never an open redirect.
  return back.startsWith("/") && !back.startsWith("//") ? back : "/";
}

export function SignIn({ config }: { config: PortalConfig }) {
  const search = useSearch();
  const expired = new URLSearchParams(search).get("reason") === "expired";
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Plinth</h1>
      <p className="muted">Stage {config.stage}</p>
      {expired && (
        <p role="status" className="notice">
          Your session has expired. Sign in again to go back to where you were.
        </p>
      )}
      {config.auth.kind === "local" ? (
        <LocalSignIn issuer={config.auth.issuer} back={returnPath(search)} />
      ) : (
        <OidcSignIn config={config} back={returnPath(search)} />
      )}
    </main>
  );
}

/** `npm start`'s identity provider: its dev users, and a real token signed for the one you pick. */
function LocalSignIn({ issuer, back }: { issuer: string; back: string }) {
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>();
  const users = useQuery({
    queryKey: ["dev-users", issuer],
    queryFn: async () => {
      const response = await fetch(`${issuer}/_plinth/identity/users`);
      if (!response.ok) throw new Error(`the local identity provider answered ${response.status}`);
      return ((await response.json()) as { items: DevUser[] }).items;
    },
  });
  const choose = async (user: DevUser) => {
    try {
      const response = await fetch(`${issuer}/_plinth/identity/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ user: user.sub }),
      });
      if (!response.ok) throw new Error(`the local identity provider refused: ${response.status}`);
      signIn(((await response.json()) as { token: string }).token);
      navigate(back, { replace: true });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="dev-users">
      <h2 id="dev-users">Local dev users</h2>
      <p className="muted">
        Tokens come from the local identity provider at <code>{issuer}</code>, signed as an IdP would sign them.
      </p>
      <ProblemMessage error={users.error ?? error} />
      <ul className="users">
        {users.data?.map((user) => (
          <li key={user.sub}>
            <button type="button" onClick={() => void choose(user)}>
              <strong>{user.name}</strong>
              <span className="muted">
                {user.teams.join(", ")} · {user.roles.join(", ")}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function userManager(config: PortalConfig) {
  if (config.auth.kind !== "oidc") throw new Error("this stage signs in locally");
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  return new UserManager({
    authority: config.auth.issuer,
    client_id: config.auth.clientId,
    redirect_uri: `${location.origin}${import.meta.env.BASE_URL}auth/callback`,
    response_type: "code",
    scope: config.auth.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

/** A deployed stage: authorization code with PKCE against the stage's issuer (Cognito or the company's IdP). */
function OidcSignIn({ config, back }: { config: PortalConfig; back: string }) {
  const [error, setError] = useState<unknown>();
  return (
    <section>
      <ProblemMessage error={error} />
      <button
        type="button"
        className="primary"
        onClick={() => {
          userManager(config)
            .then((manager) => manager.signinRedirect({ state: { back } }))
            .catch(setError);
        }}
      >
        Sign in with your company account
      </button>
    </section>
  );
}

export function AuthCallback({ config }: { config: PortalConfig }) {
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    userManager(config)
      .then((manager) => manager.signinRedirectCallback())
      .then((user) => {
        // The API verifies the ID token: it carries the teams and roles (custom:teams, cognito:groups).
        signIn(user.id_token ?? user.access_token);
        const state = user.state as { back?: string } | undefined;
        navigate(state?.back?.startsWith("/") ? state.back : "/", { replace: true });
      })
      .catch(setError);
  }, [config, navigate]);
  return (
    <main id="main" className="sign-in">
      <h1>Signing you in…</h1>
      <ProblemMessage error={error} />
    </main>
  );
}
