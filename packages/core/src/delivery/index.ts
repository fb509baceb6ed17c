export * from "./pipeline-templates";
export * from "./workflow";
