/**
 * The Node.js every function of the stack runs on, and so the project's floor: `.node-version`,
 * `.nvmrc` and `engines` in package.json name the same major, and `npm test` / `npm start` run on it
 * (packages/local/bin/lambda-node.mjs). `stacks/runtime.test.ts` keeps them in step.
 */
export const lambdaRuntime = "nodejs24.x" as const;
