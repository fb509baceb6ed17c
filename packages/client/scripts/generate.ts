import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedFiles } from "./generated";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const [path, text] of Object.entries(await generatedFiles())) {
  writeFileSync(join(root, path), text);
  process.stdout.write(`wrote packages/client/${path}\n`);
}
