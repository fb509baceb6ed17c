export * from "./checks-sql";
export * from "./contract";
export * from "./ports";
export * from "./report";
