import { type Catalog, type Clock, type Delivery, isPlinthError, type ProfileStore } from "@plinth/core";
import type { DevUser } from "./dev-identity";

/** Profiles for the sample users, so `GET /v1/me` has something to show on a fresh start. Idempotent. */
export async function seedProfiles(profiles: ProfileStore, users: readonly DevUser[], clock: Clock): Promise<number> {
  const now = clock.now().toISOString();
  let created = 0;
  for (const user of users) {
    try {
      await profiles.create({
        sub: user.sub,
        displayName: user.name,
        email: user.email,
        slackHandle: `@${user.sub}`,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      created++;
    } catch (error) {
      if (!(isPlinthError(error) && error.code === "conflict")) throw error;
    }
  }
  return created;
}

/**
 * The demo catalog of `npm start`: services the demo fleet's checkout and search services are tagged
 * with (`plinth:service`), so their incidents name them and the Services page has something to show.
 * Idempotent.
 */
export async function seedServices(store: Catalog.ServiceStore, clock: Clock): Promise<number> {
  const now = clock.now().toISOString();
  const samples: Omit<Catalog.Service, "version" | "createdAt" | "updatedAt" | "createdBy" | "updatedBy">[] = [
    {
      id: "checkout",
      team: "payments",
      name: "Checkout",
      description: "Takes card payments for the web shop (the demo fleet's prod/checkout)",
      type: "service",
      lifecycle: "production",
      tier: 1,
      repository: { provider: "github", owner: "acme", name: "checkout" },
      system: "shop",
      links: [{ title: "Runbook", url: "https://wiki.example.com/checkout/runbook" }],
      tags: ["typescript"],
    },
    {
      id: "ledger-batch",
      team: "payments",
      name: "Ledger batch",
      description: "Books settled payments nightly",
      type: "worker",
      lifecycle: "experimental",
      tier: 3,
      links: [],
      tags: [],
    },
    {
      id: "search-api",
      team: "search",
      name: "Search API",
      description: "Answers the shop's search box (the demo fleet's prod/search-api)",
      type: "api",
      lifecycle: "production",
      tier: 2,
      repository: { provider: "github", owner: "acme", name: "search-api" },
      links: [],
      tags: [],
    },
  ];
  let created = 0;
  for (const sample of samples) {
    try {
      await store.create({
        ...sample,
        version: 1,
        createdAt: now,
        updatedAt: now,
        createdBy: "seed",
        updatedBy: "seed",
      });
      created++;
    } catch (error) {
      if (!(isPlinthError(error) && error.code === "conflict")) throw error;
    }
  }
  return created;
}

/**
 * The demo GitHub of `npm start`: the Plinth GitHub App installed on the `acme` organisation, one
 * repository per sample service that names one (real git repositories, clonable), and the teams that
 * own them connected to `acme` — so a new user can create a pipeline at once. Idempotent.
 */
export async function seedGitHub(
  github: {
    install(org: string): unknown;
    createRepository(fullName: string, files?: Record<string, string>): Promise<void>;
  },
  connections: Delivery.InstallationStore,
  installationOf: (org: string) => number,
  clock: Clock,
): Promise<void> {
  github.install("acme");
  for (const [name, team] of [
    ["checkout", "payments"],
    ["search-api", "search"],
  ] as const) {
    await github.createRepository(`acme/${name}`, {
      "package.json": `${JSON.stringify({ name, private: true, scripts: { test: "node --test", build: "echo built" } }, null, 2)}\n`,
      "src/index.test.mjs": 'import { test } from "node:test";\n\ntest("works", () => {});\n',
      // Its own docs, as a team keeps them: the portal's Docs tab and `plinth service docs` read these.
      "README.md": demoReadme(name, team),
      "docs/runbook.md": demoRunbook(name),
    });
    await connections.put(team, "acme", installationOf("acme"), "seed", clock.now().toISOString());
  }
}

function demoReadme(name: string, team: string): string {
  return `# ${name}

Owned by team **${team}**. A demo service of the local cloud: its repository is a real git repository
in the GitHub stand-in, and Plinth shows this README on the service's page.

## Run it

\`\`\`sh
npm test
npm run build
\`\`\`

## More

- [The on-call runbook](docs/runbook.md)
- [Plinth](https://github.com/) builds and deploys it through the pipeline you create for it.
`;
}

function demoRunbook(name: string): string {
  return `# ${name}: on-call runbook

## When the CPU alarm fires

1. Look at the incident in Plinth: a production deployment shortly before the alarm is linked to it.
2. If it is, approve \`rollback-deployment\` — it puts the commit before it back through the gate.
3. Otherwise scale out (\`ecs-scale-out\` does it within the service's maximum).

Back to the [README](../README.md).
`;
}
