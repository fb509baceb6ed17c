export * from "./backstage";
export * from "./catalog-service";
export * from "./entity";
export * from "./events";
export * from "./ports";
export * from "./scorecard";
export * from "./service-docs";
export * from "./service-page";
