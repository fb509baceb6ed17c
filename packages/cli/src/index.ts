export * from "./client";
export * from "./main";
