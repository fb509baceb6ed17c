import { describe, expect, it } from "vitest";
import { checkResponse } from "./openapi-contract";

// The e2e helpers' response check must be able to fail: each kind of drift it exists to catch.
const api = "http://127.0.0.1:1";
const problem = (status: number) =>
  JSON.stringify({
    type: "https://plinth.dev/problems/not-found",
    title: "Not found",
    status,
    detail: "no provisioning request pr-x",
    instance: "/v1/provisioning-requests/pr-x",
    code: "not_found",
    correlationId: "c",
  });

describe("holding an answer to the OpenAPI document", () => {
  it("passes a documented status with a body of its schema", () => {
    expect(() =>
      checkResponse("GET", `${api}/healthz`, 200, "application/json", '{"status":"ok","version":"local"}'),
    ).not.toThrow();
    expect(() =>
      checkResponse("GET", `${api}/v1/provisioning-requests/pr-x`, 404, "application/problem+json", problem(404)),
    ).not.toThrow();
  });

  it("fails an undocumented status, naming the operation and what it lists", () => {
    expect(() => checkResponse("GET", `${api}/healthz`, 418, "application/json", "{}")).toThrow(
      /GET \/healthz → 418 is not in the OpenAPI document \(it lists 200\)/,
    );
  });

  it("fails a body that drifted from its schema", () => {
    expect(() => checkResponse("GET", `${api}/healthz`, 200, "application/json", '{"status":1}')).toThrow(
      /does not match the documented schema: .*body\/status must be string/,
    );
  });

  it("fails an error that is not problem+json", () => {
    expect(() =>
      checkResponse("GET", `${api}/v1/provisioning-requests/pr-x`, 404, "application/json", problem(404)),
    ).toThrow(/answered application\/json, the document lists application\/problem\+json/);
  });

  it("skips what is not the API's (local controls, the portal's files)", () => {
    expect(() => checkResponse("POST", `${api}/_plinth/fleet`, 204, null, "")).not.toThrow();
    expect(() => checkResponse("GET", `${api}/portal/index.html`, 200, "text/html", "<html>")).not.toThrow();
  });
});
