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
  // S3 → EventBridge notifications: every created object is an *Object Created* event on the
  // default bus; the promotion rule picks the files landed under `lake/landing/` of this bucket.
  new aws.s3.BucketNotification("LakeNotifications", { bucket: lake.name, eventbridge: true });
  // The Athena engine's scratch tables and query results are needed for one run only.
  new aws.s3.BucketLifecycleConfigurationV2("LakeScratchExpiry", {
    bucket: lake.name,
    rules: [
      { id: "athena-scratch", status: "Enabled", filter: { prefix: "athena/" }, expiration: { days: 2 } },
      {
        id: "abandoned-uploads",
        status: "Enabled",
        filter: { prefix: "" },
        abortIncompleteMultipartUpload: { daysAfterInitiation: 2 },
      },
    ],
  });
  return { table, lake };
}
