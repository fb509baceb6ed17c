export * from "./dynamodb/guardrail-store";
export * from "./dynamodb/incident-store";
export * from "./dynamodb/profile-store";
export * from "./dynamodb/request-store";
export * from "./dynamodb/table";
export * from "./eventbridge/publisher";
export * from "./linked";
export * from "./sfn/workflow-runner";
