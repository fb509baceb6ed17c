import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Me, ProfilePatch, updateProfile, whoAmI } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const IfMatch = z.object({
  "if-match": z
    .string()
    .regex(/^"\d+"$/, 'an ETag such as "3", as GET /v1/me returned it')
    .optional(),
});

const get = createRoute({
  operationId: "getMe",
  method: "get",
  path: "/v1/me",
  tags: ["me"],
  summary: "Who you are: your teams and roles (from your token) and your profile",
  description:
    "Your identity as the API sees it: `sub`, teams and roles come from your token's claims (teams in `teams` or `custom:teams`, roles in `roles` or `cognito:groups`); the profile is what you set with PATCH. Use it to check a token before scripting against the API.",
  security: bearer,
  responses: { 200: json(Me, "You", ResponseHeaders.etag), ...problems("unauthenticated") },
});

const patch = createRoute({
  operationId: "updateMe",
  method: "patch",
  path: "/v1/me",
  tags: ["me"],
  summary: "Change your display name, e-mail or Slack handle",
  description:
    "Sets the profile fields shown to others (display name, e-mail, Slack handle). Send `If-Match` with the ETag you read to avoid overwriting a change made meanwhile (412 when it changed).",
  security: bearer,
  request: { headers: IfMatch, body: jsonBody(ProfilePatch) },
  responses: {
    200: json(Me, "Your updated profile", ResponseHeaders.etag),
    ...problems("unauthenticated", "validation_failed", "malformed_json", "version_conflict", "unsupported_media_type"),
  },
});

const etag = (me: Me): Record<string, string> => (me.profile ? { etag: `"${me.profile.version}"` } : {});

export function registerMe(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(get, async (c) => {
    const me = await whoAmI(c.var.caller, deps.profiles);
    return c.json(me, 200, etag(me));
  });

  app.openapi(patch, async (c) => {
    const ifMatch = c.req.valid("header")["if-match"];
    const expected = ifMatch === undefined ? undefined : Number(ifMatch.replaceAll('"', ""));
    const me = await updateProfile(c.var.caller, c.req.valid("json"), deps.profiles, deps.clock, expected);
    return c.json(me, 200, etag(me));
  });
}
