import { TableDesign } from "@plinth/core";

/**
 * `sst.aws.Dynamo` arguments for the single table, derived from the one declaration in core that
 * the local cloud also creates its tables from. Pure, so a test can hold it to that declaration.
 */
export function dynamoArgs(design: TableDesign = TableDesign) {
  const fields: Record<string, "string"> = { [design.partitionKey]: "string", [design.sortKey]: "string" };
  const globalIndexes: Record<string, { hashKey: string; rangeKey: string; projection: "all" }> = {};
  for (const [name, index] of Object.entries(design.globalIndexes)) {
    fields[index.partitionKey] = "string";
    fields[index.sortKey] = "string";
    globalIndexes[name] = { hashKey: index.partitionKey, rangeKey: index.sortKey, projection: index.projection };
  }
  return {
    fields,
    primaryIndex: { hashKey: design.partitionKey, rangeKey: design.sortKey },
    globalIndexes,
    stream: design.stream,
    ttl: design.ttlAttribute,
  };
}
