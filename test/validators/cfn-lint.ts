import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogVariants } from "./catalog-variants";

/**
 * `npm run validate:cfn`: every rendered catalog template through cfn-lint, AWS's CloudFormation
 * linter (v1, Python: `pipx install cfn-lint`). CI runs it and fails when cfn-lint is missing.
 */
const version = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" });
if (version.status !== 0) {
  console.error("cfn-lint is not installed: pipx install cfn-lint (or pip install cfn-lint)");
  process.exit(1);
}
const { rendered, refused } = catalogVariants();
const folder = mkdtempSync(join(tmpdir(), "plinth-cfn-"));
const files = rendered.map((variant) => {
  const file = join(folder, `${variant.name.replace(/[^A-Za-z0-9_.=-]/g, "_")}.json`);
  writeFileSync(file, JSON.stringify(variant.template, null, 2));
  return file;
});
const lint = spawnSync("cfn-lint", ["--format", "parseable", "--regions", "us-east-1", "--", ...files], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
rmSync(folder, { recursive: true, force: true });
const findings = lint.stdout.split("\n").filter(Boolean);
console.log(
  `cfn-lint ${version.stdout.trim().replace(/^cfn-lint /, "")}: ${rendered.length} rendered templates (${refused} boundary combinations the templates' own schemas refuse, not rendered)`,
);
for (const finding of findings) console.log(`  ${finding.replace(`${folder}/`, "")}`);
if (lint.status !== 0 || findings.length > 0) {
  console.error(`${findings.length} finding(s)${lint.stderr ? `\n${lint.stderr}` : ""}`);
  process.exit(1);
}
console.log("no findings");
