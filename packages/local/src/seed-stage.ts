import { parseArgs } from "node:util";
import { lakeS3Client, S3LakeStorage } from "@plinth/aws";
import { seedStage } from "./lake/seed-lake";

/**
 * `npm run seed:stage -- --api-url <url> --bucket <lake bucket>`: the sample datasets `npm start`
 * seeds, seeded into any stage through its public API and its lake bucket — a deployed one with your
 * AWS credentials and a developer's token of team payments in PLINTH_TOKEN.
 */
const { values } = parseArgs({
  options: {
    "api-url": { type: "string" },
    bucket: { type: "string" },
    customers: { type: "string", default: "2000" },
    "orders-per-day": { type: "string", default: "10000" },
  },
});
const token = process.env.PLINTH_TOKEN;
if (!values["api-url"] || !values.bucket || !token) {
  process.stderr.write(
    "usage: PLINTH_TOKEN=<a payments developer's token> npm run seed:stage -- --api-url <url> --bucket <plinth-<stage>-lake>\n",
  );
  process.exit(2);
}
const lake = new S3LakeStorage(lakeS3Client(), values.bucket);
await seedStage(
  { apiUrl: values["api-url"].replace(/\/$/, ""), token, lake },
  { customers: Number(values.customers), ordersPerDay: Number(values["orders-per-day"]) },
);
process.stdout.write(
  `seeded customers and orders into ${values["api-url"]} (lake ${values.bucket}); they reach silver by themselves\n`,
);
