export * from "./checks-sql";
export * from "./contract";
export * from "./report";
