export * from "./cost-explorer";
export * from "./events";
export * from "./ingestion";
export * from "./model";
export * from "./rates";
export * from "./report";
export * from "./summary";
