import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "workflows/**/*.test.ts",
      "functions/**/*.test.ts",
      "stacks/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/support/aws-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
