import type { z } from "zod";

/** A CloudFormation template as we render it: plain JSON, deployable unchanged. */
export interface CloudFormationTemplate {
  AWSTemplateFormatVersion: "2010-09-09";
  Description: string;
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string }>;
  Outputs: Record<string, { Description: string; Value: unknown }>;
}

export type Risk = "low" | "medium" | "high";

/** What a renderer knows besides the parameters: the names and tags the platform decides. */
export interface RenderContext {
  /** CloudFormation stack name and the base of every physical name: `plinth-<stage>-<team>-<environment>-<name>`. */
  stackName: string;
  environment: "dev" | "staging" | "production";
  tags: { Key: string; Value: string }[];
}

export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  unitPriceUsd: number;
  monthlyUsd: number;
}

export interface CostEstimate {
  monthlyUsd: number;
  currency: "USD";
  /** The price table the estimate came from (prices.ts). */
  priceTable: string;
  lines: CostLine[];
}

export interface CatalogTemplate<Schema extends z.ZodObject = z.ZodObject> {
  id: string;
  /** Semantic version; a change to rendering or parameters bumps it, and the plan hash changes with it. */
  version: string;
  title: string;
  description: string;
  risk: Risk;
  parameters: Schema;
  /** Parameters a user can send as they are: shown by GET /v1/templates/{id}. */
  example: z.input<Schema>;
  /** Every CloudFormation resource type the template can render (the stand-in accepts only these). */
  resourceTypes: readonly string[];
  render(parameters: z.output<Schema>, context: RenderContext): CloudFormationTemplate;
  cost(parameters: z.output<Schema>): CostEstimate;
}

export function defineTemplate<Schema extends z.ZodObject>(template: CatalogTemplate<Schema>): CatalogTemplate<Schema> {
  return template;
}

/** Rounds to cents; every line and the total are rounded the same way so they add up as shown. */
export function line(item: string, quantity: number, unit: string, unitPriceUsd: number): CostLine {
  return { item, quantity, unit, unitPriceUsd, monthlyUsd: Math.round(quantity * unitPriceUsd * 100) / 100 };
}

export function estimate(priceTable: string, lines: CostLine[]): CostEstimate {
  const cents = lines.reduce((sum, entry) => sum + Math.round(entry.monthlyUsd * 100), 0);
  return { monthlyUsd: cents / 100, currency: "USD", priceTable, lines };
}
