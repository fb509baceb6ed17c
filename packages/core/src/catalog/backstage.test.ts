import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBackstage, toBackstage } from "./backstage";
import type { Service } from "./entity";

// Real descriptors from Backstage's own example catalog (fixtures/backstage/README.md says where from).
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures/backstage", name), "utf8");
const plinthTeams = (team: string) => ["team-a", "team-b", "payments"].includes(team);

describe("Backstage descriptors in", () => {
  it("maps a Component: name, description, tags, links, system, owner", () => {
    const [doc] = readBackstage(fixture("artist-lookup-component.yaml"), plinthTeams);
    expect(doc).toMatchObject({ document: 1, kind: "Component", name: "artist-lookup", outcome: "service" });
    expect(doc?.service).toEqual({
      id: "artist-lookup",
      team: "team-a",
      name: "artist-lookup",
      description: "Artist Lookup",
      type: "service",
      lifecycle: "experimental",
      tier: 3,
      system: "artist-engagement-portal",
      links: [
        { title: "Examples Users", url: "https://example.com/user" },
        { title: "Example Group", url: "https://example.com/group" },
        { title: "Link with Cloud Icon", url: "https://example.com/cloud" },
        { title: "Dashboard", url: "https://example.com/dashboard" },
        { title: "Support", url: "https://example.com/help" },
        { title: "Website", url: "https://example.com/web" },
        { title: "Alerts", url: "https://example.com/alert" },
      ],
      tags: ["java", "data"],
    });
    const [podcast] = readBackstage(fixture("podcast-api-component.yaml"), plinthTeams);
    expect(podcast?.service).toMatchObject({ id: "podcast-api", team: "team-b", system: "podcast" });
  });

  it("refuses an owner that is a user or no Plinth team, naming the document and the field", () => {
    const [user] = readBackstage(fixture("playback-order-component.yaml"), plinthTeams);
    expect(user).toMatchObject({ outcome: "refused", name: "playback-order" });
    expect(user?.problems).toEqual([
      {
        field: "document[1].spec.owner",
        message: "user:guest is a user; a service is owned by a team (a Backstage group)",
      },
    ]);
    const [email] = readBackstage(fixture("wayback-component.yaml"), plinthTeams);
    expect(email).toMatchObject({ outcome: "refused", name: "wayback-service" });
    expect(email?.problems.map((p) => p.field)).toEqual(["document[1].spec.owner"]);
    const [unknown] = readBackstage(fixture("artist-lookup-component.yaml"), (team) => team === "payments");
    expect(unknown?.problems).toEqual([
      { field: "document[1].spec.owner", message: "team-a is not a Plinth team you may register services for" },
    ]);
  });

  it("reads the GitHub project slug as the repository", () => {
    const [doc] = readBackstage(
      fixture("wayback-component.yaml").replace("internetarchive@example.com", "team-a"),
      plinthTeams,
    );
    expect(doc?.service?.repository).toEqual({ provider: "github", owner: "internetarchive", name: "wayback" });
  });

  it("skips what is not a Component in a multi-document file, saying why", () => {
    const docs = readBackstage(fixture("team-a-group.yaml"), plinthTeams);
    expect(docs.map((d) => [d.document, d.kind, d.outcome])).toEqual([
      [1, "Group", "skipped"],
      [2, "User", "skipped"],
      [3, "User", "skipped"],
      [4, "User", "skipped"],
      [5, "User", "skipped"],
      [6, "User", "skipped"],
    ]);
    expect(docs[0]?.reason).toBe("a Group is not a service (only kind: Component is imported)");
  });

  it("names the Backstage field of a value Plinth refuses, and reports YAML that does not parse", () => {
    const bad = fixture("podcast-api-component.yaml")
      .replace("lifecycle: experimental", "lifecycle: beta")
      .replace("- java", "- Java Spring");
    const [doc] = readBackstage(`${bad}---\nkind: [unclosed\n`, plinthTeams);
    expect(doc?.problems.map((p) => p.field)).toEqual(["document[1].spec.lifecycle", "document[1].metadata.tags.0"]);
    const docs = readBackstage(`${bad}---\nkind: [unclosed\n`, plinthTeams);
    expect(docs[1]).toMatchObject({ document: 2, outcome: "refused" });
    expect(docs[1]?.problems[0]?.message).toMatch(/^not YAML/);
  });
});

describe("Backstage descriptors out", () => {
  it("writes a descriptor that reads back to the same service", () => {
    const service: Service = {
      id: "checkout-api",
      team: "payments",
      name: "Checkout API",
      description: "Takes payments",
      type: "api",
      lifecycle: "production",
      tier: 1,
      repository: { provider: "github", owner: "acme", name: "checkout-api" },
      system: "checkout",
      links: [{ title: "Runbook", url: "https://wiki.example.com/checkout" }],
      tags: ["typescript"],
      version: 3,
      createdAt: "2026-12-01T00:00:00.000Z",
      updatedAt: "2026-12-01T00:00:00.000Z",
      createdBy: "alice",
      updatedBy: "alice",
    };
    const yaml = toBackstage(service);
    expect(yaml).toContain("owner: group:default/payments");
    const [doc] = readBackstage(yaml, plinthTeams);
    const { version, createdAt, updatedAt, createdBy, updatedBy, ...fields } = service;
    expect(doc?.service).toEqual(fields);
  });
});
