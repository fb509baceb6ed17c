import { type ChildProcess, spawn } from "node:child_process";

/** `npm start`'s entry as a child process on free ports; `env` adds or overrides settings. */
export function spawnNpmStart(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "packages/local/src/start.ts"], {
    env: {
      ...process.env,
      PLINTH_API_PORT: "0",
      PLINTH_CLOUD_PORT: "0",
      PLINTH_DYNAMODB_PORT: "0",
      PLINTH_S3_PORT: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
