export * from "./checks-sql";
export * from "./contract";
export * from "./dataset";
export * from "./events";
export * from "./ports";
export * from "./promotion";
export * from "./report";
export * from "./steps";
