export * from "./aws-gateway";
export * from "./cloud";
export * from "./dev-identity";
export * from "./dynamodb-local";
export * from "./ports";
