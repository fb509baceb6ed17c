import { defineConfig } from "vitest/config";

/**
 * Two tiers. `unit`: pure tests (domain, workflows, pattern matcher, stand-ins, DuckDB engine) that
 * need no Java and run in seconds (`npm run test:unit`). `integration`: everything that talks to
 * DynamoDB Local or a whole local cloud — `test/**` and `*.int.test.ts` beside the code — with one
 * DynamoDB Local per run. `npm test` runs both.
 */
const besideTheCode = [
  "packages/*/src/**/*.test.ts",
  "packages/*/scripts/**/*.test.ts",
  "workflows/**/*.test.ts",
  "functions/**/*.test.ts",
  "stacks/**/*.test.ts",
];

export default defineConfig({
  test: {
    setupFiles: ["./test/support/aws-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: besideTheCode, exclude: ["**/node_modules/**", "**/*.int.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts", "**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          globalSetup: ["./test/global-setup.ts"],
        },
      },
    ],
  },
});
