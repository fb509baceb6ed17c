export * from "./checks-sql";
export * from "./contract";
export * from "./dataset";
export * from "./ports";
export * from "./report";
