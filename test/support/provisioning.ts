import { ListExecutionsCommand, ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";
import type { LocalCloudOptions } from "../../packages/local/src/cloud";
import { archivedEvents } from "./events";
import type { Body } from "./http";
import { useLocalCloud, waitFor } from "./local-cloud";

/** A local cloud for provisioning tests; time runs 1000× fast by default (a 5 s stack poll takes 5 ms). */
export function useProvisioningCloud(
  timeScale = 0.001,
  options: Omit<LocalCloudOptions, "stage" | "dynamodbEndpoint" | "timeScale"> = {},
) {
  const { cloud, call, client } = useLocalCloud("pv", { timeScale, ...options });

  /** Reads the request (through the typed client, as the CLI and the portal do) until `done` holds. */
  const until = (id: string, done: (request: Body) => boolean, user = "ROOT"): Promise<Body> => {
    const api = client(user);
    const read = async () =>
      (await api.GET("/v1/provisioning-requests/{id}", { params: { path: { id } } })).data as Body;
    return waitFor(read, done, id);
  };
  const status =
    (...statuses: string[]) =>
    (request: Body) =>
      statuses.includes(request?.status);

  const { eventsOf, eventsThrough } = archivedEvents(cloud, "requestId");

  /** The executions of a request (provisioning, teardown, expiry), by name. */
  const executionsOf = async (id: string) => {
    const sfn = new SFNClient({});
    const { stateMachines = [] } = await sfn.send(new ListStateMachinesCommand({}));
    const found: { name: string; status: string }[] = [];
    for (const machine of stateMachines) {
      const { executions = [] } = await sfn.send(
        new ListExecutionsCommand({ stateMachineArn: machine.stateMachineArn }),
      );
      for (const e of executions) if (e.name?.startsWith(id)) found.push({ name: e.name, status: String(e.status) });
    }
    sfn.destroy();
    return found;
  };

  return { cloud, call, until, status, eventsOf, eventsThrough, executionsOf };
}

export const tags = (owner: string) => ({ owner: `${owner}@example.com`, "cost-center": "CC-1234" });

/** A small dev queue: no approval, two resources. */
export function devQueue(name: string, owner = "alice") {
  return {
    template: "sqs-queue",
    name,
    environment: "dev",
    ttlHours: 72,
    tags: tags(owner),
    parameters: { maxReceiveCount: 3 },
  };
}

/** A production bucket: production needs an approval. */
export function productionBucket(name: string, owner = "alice") {
  return {
    template: "s3-bucket",
    name,
    environment: "production",
    tags: tags(owner),
    parameters: { versioning: true, encryption: "SSE-KMS" },
  };
}
