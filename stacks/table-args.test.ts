import { describe, expect, it } from "vitest";
import { createTableInput } from "../packages/aws/src/dynamodb/table";
import { dynamoArgs } from "./table-args";

describe("the deployed table and the local table", () => {
  it("come from one declaration: same keys, same index, same stream, same TTL attribute", () => {
    const deployed = dynamoArgs();
    const local = createTableInput("t");
    expect(deployed.primaryIndex).toEqual({ hashKey: "pk", rangeKey: "sk" });
    expect(Object.keys(deployed.fields).sort()).toEqual(local.AttributeDefinitions?.map((a) => a.AttributeName).sort());
    expect(deployed.globalIndexes).toEqual({
      gsi1: { hashKey: "gsi1pk", rangeKey: "gsi1sk", projection: "all" },
      working: { hashKey: "wpk", rangeKey: "wsk", projection: "all" },
      service: { hashKey: "spk", rangeKey: "ssk", projection: "all" },
    });
    expect(local.GlobalSecondaryIndexes?.[0]?.KeySchema?.map((k) => k.AttributeName)).toEqual(["gsi1pk", "gsi1sk"]);
    expect(deployed.stream).toBe("new-and-old-images");
    expect(local.StreamSpecification?.StreamViewType).toBe("NEW_AND_OLD_IMAGES");
    expect(deployed.ttl).toBe("expiresAt");
  });
});
