import { Provisioning } from "@plinth/core";
import { z } from "zod";

interface Property {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Property>;
}

export interface RenderedVariant {
  name: string;
  template: Provisioning.CloudFormationTemplate;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Values at the edges of one property: each enum value, both booleans, the minimum and the maximum. */
function edges(property: Property): unknown[] {
  if (property.enum) return property.enum;
  if (property.type === "boolean") return [true, false];
  if (property.type === "integer" || property.type === "number")
    return [property.minimum, property.maximum].filter((v) => v !== undefined && Math.abs(v) < SAFE);
  return [];
}

/**
 * Every catalog template rendered for its example and for each boundary value of each parameter
 * (one at a time, on top of the example), in each environment. Combinations the template's own
 * schema refuses (e.g. capacity units without PROVISIONED) are not renderable, so not rendered.
 */
export function catalogVariants(): { rendered: RenderedVariant[]; refused: number } {
  const rendered: RenderedVariant[] = [];
  let refused = 0;
  for (const template of Provisioning.catalog) {
    const schema = z.toJSONSchema(template.parameters, { io: "input", unrepresentable: "any" }) as {
      properties?: Record<string, Property>;
    };
    const example = template.example as Record<string, unknown>;
    const cases: [string, Record<string, unknown>][] = [["example", example]];
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      for (const value of edges(property)) cases.push([`${name}=${String(value)}`, { ...example, [name]: value }]);
      for (const [inner, nested] of Object.entries(property.properties ?? {}))
        for (const value of edges(nested))
          cases.push([
            `${name}.${inner}=${String(value)}`,
            { ...example, [name]: { ...(example[name] as object), [inner]: value } },
          ]);
    }
    for (const environment of ["dev", "production"] as const) {
      for (const [label, parameters] of cases) {
        const parsed = template.parameters.safeParse(parameters);
        if (!parsed.success) {
          refused++;
          continue;
        }
        rendered.push({
          name: `${template.id}.${environment}.${label}`,
          template: template.render(parsed.data, {
            stackName: Provisioning.stackNameOf("production", "payments", environment, "lint"),
            environment,
            tags: [
              { Key: "cost-center", Value: "CC-1234" },
              { Key: "owner", Value: "alice@example.com" },
              { Key: "team", Value: "payments" },
            ],
          }),
        });
      }
    }
  }
  return { rendered, refused };
}
