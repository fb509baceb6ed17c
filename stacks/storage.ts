import { dynamoArgs } from "./table-args";

/** The single table and the medallion lake bucket. Production keeps both on removal (sst.config.ts). */
export function storage() {
  const production = $app.stage === "production";
  const table = new sst.aws.Dynamo("Table", { ...dynamoArgs(), deletionProtection: production });
  const lake = new sst.aws.Bucket("Lake", {
    versioning: production,
    transform: {
      bucket: (args) => {
        args.forceDestroy = !production;
      },
    },
  });
  return { table, lake };
}
