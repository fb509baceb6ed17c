export * from "./app";
export * from "./auth";
export type { AppDeps, AppEnv } from "./context";
export * from "./document";
export * from "./problems";
