import { z } from "zod";
import { strictObject } from "../schema";
import { ProvisioningStatus as Status } from "./lifecycle";

// What callers send to act on requests (the create body is CreateProvisioningRequest, in request.ts).
export const ApprovalDecision = strictObject({
  planHash: z.string().regex(/^[0-9a-f]{64}$/, "the plan.hash you reviewed (64 hex characters)"),
  comment: z.string().max(1000).optional(),
}).meta({ id: "ApprovalDecision" });
export const Rejection = strictObject({ comment: z.string().min(1).max(1000) }).meta({ id: "Rejection" });
export const RequestPatch = strictObject({
  expiresAt: z.iso.datetime().describe("A later expiry; at most the TTL limit from now outside production"),
}).meta({ id: "ProvisioningRequestPatch" });

export const ListQuery = z.object({
  team: z.string().optional(),
  status: Status.optional(),
  template: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});
