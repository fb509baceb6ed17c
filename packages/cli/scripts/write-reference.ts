import { writeFileSync } from "node:fs";
import { cliReference } from "../src/reference";

const target = new URL("../../../docs/cli-reference.md", import.meta.url);
writeFileSync(target, await cliReference());
console.log(`wrote ${target.pathname}`);
