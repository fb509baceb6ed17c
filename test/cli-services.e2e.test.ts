import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliUser } from "./support/cli";
import { useLocalCloud } from "./support/local-cloud";
import { portalOption } from "./support/portal";

// `plinth service …` and `plinth scorecard`, the built binary against a local cloud (issue 27).
const { cloud, call } = useLocalCloud("clisvc", { portal: portalOption, timeScale: 0.001 });

async function alice() {
  const user = cliUser();
  const login = await user.plinth(["auth", "login", "--as", "alice", "--api-url", cloud().apiUrl]);
  expect(login, login.stderr).toMatchObject({ code: 0 });
  return user;
}

describe("plinth service", () => {
  it("creates, finds, views, edits, exports, imports and retires a service", async () => {
    const user = await alice();
    const id = `cli-${randomUUID().slice(0, 6)}`;
    const created = await user.plinth([
      "service",
      "create",
      id,
      "--name",
      "CLI Service",
      "--type",
      "api",
      "--lifecycle",
      "production",
      "--tier",
      "3",
      "--repo",
      `acme/${id}`,
      "--link",
      "Runbook=https://wiki.example.com/runbook",
      "--tag",
      "typescript",
    ]);
    expect(created, created.stderr).toMatchObject({ code: 0, stdout: `registered ${id} (team payments)\n` });

    const listed = await user.plinth(["service", "list", "--search", id.slice(0, 7), "--lifecycle", "production"]);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+CLI Service\\s+api\\s+production\\s+3\\s+acme/${id}`));

    const view = await user.plinth(["service", "view", id]);
    expect(view.code).toBe(0);
    expect(view.stdout).toContain(`CLI Service  ${id}  team payments  api  production  tier 3`);
    expect(view.stdout).toMatch(
      /production-tier-set\s+gold\s+fail\s+a production service left at tier 3\s+set tier 1 or 2/,
    );

    const edited = await user.plinth(["service", "edit", id, "--tier", "2", "--json"]);
    expect(JSON.parse(edited.stdout)).toMatchObject({ id, tier: 2, version: 2 });
    expect((await user.plinth(["service", "edit", id])).code).toBe(2);

    const file = join(user.home, "catalog-info.yaml");
    expect((await user.plinth(["service", "export", id, "--out", file])).code).toBe(0);
    const yaml = readFileSync(file, "utf8");
    expect(yaml).toContain(`github.com/project-slug: acme/${id}`);
    writeFileSync(file, yaml.replace("lifecycle: production", "lifecycle: deprecated"));
    const dry = await user.plinth(["service", "import", "--file", file, "--dry-run"]);
    expect(dry.stdout).toMatch(new RegExp(`1\\s+Component\\s+${id}\\s+change\\s+sets lifecycle`));
    expect(dry.stdout).toContain("dry run: nothing written");
    expect((await call("GET", `/v1/services/${id}`, "ALICE")).body.lifecycle).toBe("production");
    expect((await user.plinth(["service", "import", "--file", file])).code).toBe(0);
    expect((await call("GET", `/v1/services/${id}`, "ALICE")).body.lifecycle).toBe("deprecated");

    const dataset = `ds_${randomUUID().slice(0, 6)}`;
    await call("POST", "/v1/datasets", "ALICE", {
      id: dataset,
      team: "payments",
      contract: { columns: [{ name: "id", type: "string" }], primaryKey: ["id"] },
    });
    const moved = await user.plinth(["dataset", "service", dataset, id]);
    expect(moved, moved.stderr).toMatchObject({ code: 0, stdout: `${dataset} belongs to ${id}\n` });
    expect((await user.plinth(["dataset", "service", dataset])).code).toBe(2);
    expect((await user.plinth(["service", "delete", id, "--yes"])).code).toBe(5);
    expect((await user.plinth(["dataset", "service", dataset, "--none"])).stdout).toBe(
      `${dataset} belongs to no service\n`,
    );

    const scorecard = await user.plinth(["scorecard"]);
    expect(scorecard.stdout).toMatch(new RegExp(`${id}\\s+\\S+\\s+\\d/\\d`));

    expect((await user.plinth(["service", "delete", id])).code).toBe(2);
    expect((await user.plinth(["service", "delete", id, "--yes"])).stdout).toBe(`retired ${id}\n`);
    const gone = await user.plinth(["service", "view", id]);
    expect(gone.code).toBe(4);
  });

  it("answers the documented exit codes: 2 for a bad slug, 3 for a viewer, 5 for a taken id", async () => {
    const user = await alice();
    expect((await user.plinth(["service", "create", "Bad_Slug"])).code).toBe(2);
    const id = `dup-${randomUUID().slice(0, 6)}`;
    expect((await user.plinth(["service", "create", id])).code).toBe(0);
    expect((await user.plinth(["service", "create", id])).code).toBe(5);
    const carol = cliUser();
    await carol.plinth(["auth", "login", "--as", "carol", "--api-url", cloud().apiUrl]);
    expect((await carol.plinth(["service", "create", `v-${id}`])).code).toBe(3);
  });
});
