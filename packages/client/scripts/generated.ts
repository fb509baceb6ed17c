import { openApiDocument, type RecordedExamples } from "@plinth/api";
import openapiTS, { astToString } from "openapi-typescript";
import examples from "../examples.json" with { type: "json" };

const HEADER = "// Generated from the API's OpenAPI document by `npm run generate -w @plinth/client`. Do not edit.\n";

/** The client's generated files, by path under packages/client: the document and its TypeScript types. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const document = openApiDocument("0.1.0", examples as RecordedExamples);
  const types = astToString(
    await openapiTS(document as Parameters<typeof openapiTS>[0], { exportType: true, enumValues: true }),
  );
  return {
    "openapi.json": `${JSON.stringify(document, null, 2)}\n`,
    "src/schema.ts": `${HEADER}${types}`,
  };
}
