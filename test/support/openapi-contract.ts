import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { openApiDocument } from "@plinth/api";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/**
 * Every answer the e2e tests receive from the API, held to the published OpenAPI document as a
 * client nobody here wrote would hold it (a validating proxy): the status is one the operation lists,
 * the media type is the one documented for it (errors are `application/problem+json`), and the body
 * matches its schema. An undocumented status or a drifted body fails the test that produced it.
 *
 * Answers outside the document (`/_plinth/*` controls, `/openapi.json`, the portal's files) are not
 * the API's and are skipped. The count of answers checked is appended to the run's log (global setup
 * prints the total).
 */
type Json = Record<string, unknown>;
interface Operation {
  pattern: RegExp;
  method: string;
  path: string;
  pointer: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

let compiled: { operations: Operation[]; ajv: Ajv2020 } | undefined;
const validators = new Map<string, ValidateFunction>();
let checked = 0;

function contract() {
  if (compiled) return compiled;
  const document = openApiDocument() as unknown as Json & { paths: Record<string, Record<string, Json>> };
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(document, "openapi.json");
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(item)) {
      const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      const pointer = `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}`;
      operations.push({
        pattern,
        method: method.toUpperCase(),
        path,
        pointer,
        responses: operation.responses as Operation["responses"],
      });
    }
  // A literal path wins over a template that also matches it (`/v1/x/settings` before `/v1/x/{id}`).
  operations.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  compiled = { operations, ajv };
  return compiled;
}

const pointerPart = (text: string) => text.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * Checks one answer against the document; throws naming the operation and what does not match.
 * `url` is the request's URL; answers to paths the document does not describe are skipped.
 */
export function checkResponse(method: string, url: string, status: number, contentType: string | null, body: string) {
  const { operations, ajv } = contract();
  const path = new URL(url).pathname;
  const operation = operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
  if (!operation) {
    // A path of the API answered for a method it does not have: documented as a 404/405 problem by no operation.
    if (operations.some((o) => o.pattern.test(path)) && status < 400)
      throw new Error(`${method} ${path} answered ${status}, but the document has no ${method} operation there`);
    return;
  }
  checked += 1;
  const where = `${method.toUpperCase()} ${operation.path} → ${status}`;
  const response = operation.responses[String(status)] ?? operation.responses.default;
  if (!response)
    throw new Error(
      `${where} is not in the OpenAPI document (it lists ${Object.keys(operation.responses).join(", ")}): ${body.slice(0, 300)}`,
    );
  const documented = Object.keys(response.content ?? {});
  if (documented.length === 0) {
    if (body.length > 0) throw new Error(`${where}: the document lists no body, the API sent ${body.slice(0, 200)}`);
    return;
  }
  const mediaType = (contentType ?? "").split(";")[0]?.trim() ?? "";
  if (!documented.includes(mediaType))
    throw new Error(
      `${where}: answered ${mediaType || "no content type"}, the document lists ${documented.join(", ")}`,
    );
  if (!mediaType.endsWith("json")) return;
  const key = `${operation.pointer}/responses/${status}/${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    const statusKey = operation.responses[String(status)] ? String(status) : "default";
    validate = ajv.compile({
      $ref: `openapi.json${operation.pointer}/responses/${statusKey}/content/${pointerPart(mediaType)}/schema`,
    });
    validators.set(key, validate);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error(`${where}: the body is not JSON: ${body.slice(0, 200)}`);
  }
  if (!validate(parsed))
    throw new Error(
      `${where}: the body does not match the documented schema: ${ajv.errorsText(validate.errors, { dataVar: "body" })}\n${body.slice(0, 500)}`,
    );
}

/** `fetch` that holds every answer from `apiUrl` to the document (the body stays readable). */
export function contractFetch(apiUrl: () => string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    if (request.url.startsWith(apiUrl())) {
      const text = await response.clone().text();
      checkResponse(request.method, request.url, response.status, response.headers.get("content-type"), text);
    }
    return response;
  };
}

/** How many answers this worker checked: appended to the run's log at the end of each file. */
export function logChecked(logDir: string | undefined) {
  if (!logDir || checked === 0) return;
  appendFileSync(join(logDir, `checked-${process.pid}.log`), `${checked}\n`);
  checked = 0;
}
