import { useEffect, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { completeSignIn, startSignIn } from "../auth";
import { ProblemMessage } from "../components/ui";
import type { PortalConfig } from "../config";

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
      <OidcSignIn config={config} back={returnPath(search)} />
    </main>
  );
}

/** Authorization code with PKCE at the stage's provider: the local cloud's, Cognito or the company's IdP. */
function OidcSignIn({ config, back }: { config: PortalConfig; back: string }) {
  const [error, setError] = useState<unknown>();
  const [leaving, setLeaving] = useState(false);
  return (
    <section>
      <ProblemMessage error={error} />
      <button
        type="button"
        className="primary"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          startSignIn(config.auth, back).catch((caught: unknown) => {
            setLeaving(false);
            setError(caught);
          });
        }}
      >
        Sign in with {config.auth.provider ?? "your company account"}
      </button>
    </section>
  );
}

export function AuthCallback({ config }: { config: PortalConfig }) {
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    completeSignIn(config.auth)
      .then((back) => navigate(back, { replace: true }))
      .catch(setError);
  }, [config, navigate]);
  return (
    <main id="main" className="sign-in">
      <h1>Signing you in…</h1>
      <ProblemMessage error={error} />
      {error ? (
        <p>
          <Link href="/sign-in">Try again</Link>
        </p>
      ) : null}
    </main>
  );
}
