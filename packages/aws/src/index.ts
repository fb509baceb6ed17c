export * from "./dynamodb/profile-store";
export * from "./dynamodb/table";
export * from "./linked";
