import { createPlinthClient, PlinthApiError, type PlinthClient } from "@plinth/client";
import { QueryClient } from "@tanstack/react-query";
import { navigate } from "wouter/use-browser-location";
import { observeApiDate, setTimeScale } from "./clock";
import type { PortalConfig } from "./config";
import { currentSession, signOut } from "./session";

let client: PlinthClient | undefined;

/** The typed client every page uses; made once the host's configuration is known. */
export function api(): PlinthClient {
  if (!client) throw new Error("the API client is used before the portal's configuration loaded");
  return client;
}

/** Where sign-in sends you back to: the page you were on. */
export function signInPath(reason?: "expired"): string {
  const here = `${location.pathname.replace(import.meta.env.BASE_URL.replace(/\/$/, ""), "")}${location.search}`;
  const back = here.startsWith("/sign-in") ? "/" : here;
  return `/sign-in?${new URLSearchParams({ return: back, ...(reason ? { reason } : {}) })}`;
}

export function connect(config: PortalConfig): void {
  setTimeScale(config.timeScale);
  client = createPlinthClient({
    baseUrl: config.apiUrl,
    fetch: async (request) => {
      const response = await fetch(request);
      observeApiDate(response.headers.get("date"));
      return response;
    },
    token: () => currentSession()?.token,
    onProblem: (error) => {
      // An expired or revoked token: back to sign-in, and then back to this page.
      if (error.status === 401) {
        const to = signInPath("expired");
        signOut();
        navigate(`${import.meta.env.BASE_URL.replace(/\/$/, "")}${to}`);
      }
    },
  });
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 2_000,
      // A 4xx will not change on retry; an unreachable API or a 5xx may.
      retry: (failures, error) =>
        !(error instanceof PlinthApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: true,
    },
  },
});

/** A fresh Idempotency-Key per form submission: a double click or a retried POST makes one request. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
