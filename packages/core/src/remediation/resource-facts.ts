import { z } from "zod";
import type { ResourceRef } from "./alarm";
import type { LinkedDeployment } from "./deployment-link";

/**
 * What the workflow reads about a resource before it decides, and how. Each resource type has its
 * describe calls (Step Functions aws-sdk integrations, parameters and answers in their PascalCase
 * shape); `factsOf` turns their answers into the few facts runbooks and guardrails use. A call
 * that failed leaves its facts unknown rather than guessed.
 */
export interface SdkCall {
  /** `<service>:<action>` as the aws-sdk integration names it, e.g. `ecs:updateService`. */
  call: string;
  parameters: Record<string, unknown>;
}

export interface DescribeResult {
  call: string;
  result?: unknown;
  error?: { Error?: string; Cause?: string };
}

export interface Deployment {
  id: string;
  at?: string;
  what: string;
}

export interface ResourceFacts {
  found: boolean;
  /** Why the resource could not be read, when it could not. */
  missing?: string;
  tags: Record<string, string>;
  /** Recent changes to the resource (ECS deployments, Lambda versions): the first suspects. */
  deployments: Deployment[];
  desired?: number;
  max?: number;
  running?: number;
  state?: string;
  ssmOnline?: boolean;
  aliasVersion?: string;
  /** Published Lambda versions, oldest first. */
  versions?: string[];
  previousVersion?: string;
  messages?: number;
  /** The production deployment the incident is linked to (from Plinth's records, not the resource). */
  linkedDeployment?: LinkedDeployment;
  /** Whether that deployment still runs (no newer successful production deployment). */
  linkedDeploymentCurrent?: boolean;
}

export const OWNER_TAG = "team";
export const OPT_OUT_TAG = "plinth:remediation";
export const MAX_CAPACITY_TAG = "plinth:max-capacity";
const DEFAULT_MAX_CAPACITY = 10;

export function queueUrl(resource: ResourceRef): string {
  return `https://sqs.${resource.region}.amazonaws.com/${resource.account}/${resource.id}`;
}

export function describeCalls(resource: ResourceRef): SdkCall[] {
  const [cluster, service] = resource.id.split("/");
  const [fn, alias] = resource.id.split(":");
  switch (resource.type) {
    case "ecs-service":
      return [
        { call: "ecs:describeServices", parameters: { Cluster: cluster, Services: [service], Include: ["TAGS"] } },
      ];
    case "ec2-instance":
      return [
        { call: "ec2:describeInstances", parameters: { InstanceIds: [resource.id] } },
        {
          call: "ssm:describeInstanceInformation",
          parameters: { Filters: [{ Key: "InstanceIds", Values: [resource.id] }] },
        },
      ];
    case "autoscaling-group":
      return [{ call: "autoscaling:describeAutoScalingGroups", parameters: { AutoScalingGroupNames: [resource.id] } }];
    case "lambda-alias":
      return [
        { call: "lambda:getAlias", parameters: { FunctionName: fn, Name: alias } },
        { call: "lambda:listVersionsByFunction", parameters: { FunctionName: fn } },
        {
          call: "lambda:listTags",
          parameters: { Resource: `arn:aws:lambda:${resource.region}:${resource.account}:function:${fn}` },
        },
      ];
    case "sqs-queue":
      return [
        { call: "sqs:getQueueAttributes", parameters: { QueueUrl: queueUrl(resource), AttributeNames: ["All"] } },
        { call: "sqs:listQueueTags", parameters: { QueueUrl: queueUrl(resource) } },
      ];
    default:
      return [];
  }
}

const TagList = z.array(z.object({ Key: z.string(), Value: z.string().default("") })).default([]);
const tagsOf = (list: z.infer<typeof TagList>) => Object.fromEntries(list.map((t) => [t.Key, t.Value]));

const parsers: Record<string, (result: unknown, facts: ResourceFacts) => void> = {
  "ecs:describeServices": (result, facts) => {
    const { Services } = z
      .object({
        Services: z
          .array(
            z.object({
              Status: z.string().optional(),
              DesiredCount: z.number(),
              RunningCount: z.number().default(0),
              Tags: TagList,
              Deployments: z
                .array(z.object({ Id: z.string(), TaskDefinition: z.string(), CreatedAt: z.string().optional() }))
                .default([]),
            }),
          )
          .default([]),
      })
      .parse(result);
    const svc = Services[0];
    if (!svc) return notFound(facts, "ECS reports no such service");
    Object.assign(facts.tags, tagsOf(svc.Tags));
    facts.desired = svc.DesiredCount;
    facts.running = svc.RunningCount;
    if (svc.Status) facts.state = svc.Status;
    facts.max = capacityFromTags(facts.tags);
    facts.deployments.push(
      ...svc.Deployments.map((d) => ({
        id: d.Id,
        what: `task definition ${d.TaskDefinition}`,
        ...(d.CreatedAt ? { at: d.CreatedAt } : {}),
      })),
    );
  },
  "ec2:describeInstances": (result, facts) => {
    const { Reservations } = z
      .object({
        Reservations: z
          .array(
            z.object({
              Instances: z
                .array(
                  z.object({ State: z.object({ Name: z.string() }), Tags: TagList, LaunchTime: z.string().optional() }),
                )
                .default([]),
            }),
          )
          .default([]),
      })
      .parse(result);
    const instance = Reservations[0]?.Instances[0];
    if (!instance) return notFound(facts, "EC2 reports no such instance");
    Object.assign(facts.tags, tagsOf(instance.Tags));
    facts.state = instance.State.Name;
    if (instance.LaunchTime)
      facts.deployments.push({ id: "launch", what: "instance launched", at: instance.LaunchTime });
  },
  "ssm:describeInstanceInformation": (result, facts) => {
    const { InstanceInformationList } = z
      .object({ InstanceInformationList: z.array(z.object({ PingStatus: z.string() })).default([]) })
      .parse(result);
    facts.ssmOnline = InstanceInformationList[0]?.PingStatus === "Online";
  },
  "autoscaling:describeAutoScalingGroups": (result, facts) => {
    const { AutoScalingGroups } = z
      .object({
        AutoScalingGroups: z
          .array(z.object({ DesiredCapacity: z.number(), MaxSize: z.number(), Tags: TagList }))
          .default([]),
      })
      .parse(result);
    const group = AutoScalingGroups[0];
    if (!group) return notFound(facts, "Auto Scaling reports no such group");
    Object.assign(facts.tags, tagsOf(group.Tags));
    facts.desired = group.DesiredCapacity;
    facts.max = group.MaxSize;
  },
  "lambda:getAlias": (result, facts) => {
    facts.aliasVersion = z.object({ FunctionVersion: z.string() }).parse(result).FunctionVersion;
    previousVersionOf(facts);
  },
  "lambda:listVersionsByFunction": (result, facts) => {
    const { Versions } = z
      .object({ Versions: z.array(z.object({ Version: z.string(), LastModified: z.string().optional() })).default([]) })
      .parse(result);
    const published = Versions.filter((v) => v.Version !== "$LATEST").sort(
      (a, b) => Number(a.Version) - Number(b.Version),
    );
    facts.deployments.push(
      ...published.slice(-3).map((v) => ({
        id: v.Version,
        what: `version ${v.Version} published`,
        ...(v.LastModified ? { at: v.LastModified } : {}),
      })),
    );
    facts.versions = published.map((v) => v.Version);
    previousVersionOf(facts);
  },
  "lambda:listTags": (result, facts) => {
    Object.assign(facts.tags, z.object({ Tags: z.record(z.string(), z.string()).default({}) }).parse(result).Tags);
  },
  "sqs:getQueueAttributes": (result, facts) => {
    const { Attributes } = z.object({ Attributes: z.record(z.string(), z.string()).default({}) }).parse(result);
    facts.messages = Number(Attributes.ApproximateNumberOfMessages ?? 0);
  },
  "sqs:listQueueTags": (result, facts) => {
    Object.assign(facts.tags, z.object({ Tags: z.record(z.string(), z.string()).default({}) }).parse(result).Tags);
  },
};

/** The facts behind `results` (one per describe call, in any order). */
export function factsOf(results: readonly DescribeResult[]): ResourceFacts {
  const facts: ResourceFacts = { found: results.length > 0, tags: {}, deployments: [] };
  if (results.length === 0) facts.missing = "no describe call exists for this kind of resource";
  for (const described of results) {
    if (described.error) {
      // The resource's main read failing means it is gone (or we may not see it): no action on a guess.
      if (!facts.missing)
        notFound(
          facts,
          `${described.call}: ${described.error.Error ?? "failed"} ${described.error.Cause ?? ""}`.trim(),
        );
      continue;
    }
    const parse = parsers[described.call];
    if (!parse) continue;
    const parsed = (() => {
      try {
        parse(described.result, facts);
        return true;
      } catch {
        return false;
      }
    })();
    if (!parsed && !facts.missing) notFound(facts, `${described.call} answered in a shape Plinth does not read`);
  }
  return facts;
}

function notFound(facts: ResourceFacts, why: string): void {
  facts.found = false;
  facts.missing = why;
}

function capacityFromTags(tags: Record<string, string>): number {
  const max = Number(tags[MAX_CAPACITY_TAG]);
  return Number.isInteger(max) && max > 0 ? max : DEFAULT_MAX_CAPACITY;
}

/** The published version just below the alias's current one (the alias's last good version). */
function previousVersionOf(facts: ResourceFacts): void {
  const versions = facts.versions;
  if (!versions || facts.aliasVersion === undefined) return;
  const current = Number(facts.aliasVersion);
  const earlier = versions.map(Number).filter((v) => v < current);
  const previous = earlier.length > 0 ? Math.max(...earlier) : undefined;
  if (previous === undefined) delete facts.previousVersion;
  else facts.previousVersion = String(previous);
}
