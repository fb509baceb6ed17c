import { alarmFor } from "./standins/alarms";
import type { CloudWatchStandIn } from "./standins/cloudwatch";
import type { FleetResourceInput, FleetStandIn } from "./standins/fleet";

/**
 * A small demo fleet for `npm start`, one resource per runbook, each with the alarm its runbook
 * answers — so self-healing can be tried with one `break` on the fleet's control endpoint.
 */
const DEMO: [FleetResourceInput, string][] = [
  [
    {
      type: "ecs-service",
      id: "prod/checkout",
      desiredCount: 3,
      tags: { team: "payments", "plinth:service": "checkout" },
    },
    "MemoryUtilization",
  ],
  [
    {
      type: "ecs-service",
      id: "prod/search-api",
      desiredCount: 2,
      tags: { team: "search", "plinth:service": "search-api" },
    },
    "CPUUtilization",
  ],
  [
    { type: "autoscaling-group", id: "search-indexers", desired: 2, max: 6, tags: { team: "search" } },
    "CPUUtilization",
  ],
  [
    { type: "ec2-instance", id: "i-0123456789abcdef0", tags: { team: "payments", Name: "ledger-batch" } },
    "StatusCheckFailed_Instance",
  ],
  [{ type: "ec2-instance", id: "i-0fedcba9876543210", tags: { team: "search", Name: "crawler" } }, "disk_used_percent"],
  [{ type: "lambda-alias", id: "pricing:live", versions: 4, tags: { team: "payments" } }, "Errors"],
  [{ type: "sqs-queue", id: "orders-dlq", tags: { team: "payments" } }, "ApproximateNumberOfMessagesVisible"],
];

export function seedFleet(fleet: FleetStandIn, cloudWatch: CloudWatchStandIn): string[] {
  return DEMO.map(([input, metric]) => {
    const key = fleet.add(input);
    cloudWatch.putMetricAlarm(alarmFor(key, metric));
    return key;
  });
}
