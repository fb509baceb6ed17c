export * from "./catalog";
export * from "./events";
export * from "./lifecycle";
export * from "./policies";
export * from "./ports";
export * from "./request";
export * from "./service";
export * from "./steps";
