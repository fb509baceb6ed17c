export * from "./caller";
export * from "./clock";
export * from "./errors";
export * from "./events";
export * from "./profile";
export * from "./provisioning";
export * from "./resources";
export * from "./rules";
