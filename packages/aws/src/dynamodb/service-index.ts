/**
 * The service index (`service` GSI, sparse): a record that names a catalog service carries
 *   spk=SVC#<service>   ssk=<kind>#<createdAt>#<id>
 * so the service's page reads its requests, datasets and incidents with one query per kind, newest
 * first. Records without a service carry neither attribute and stay out of the index.
 */
export type ServiceIndexKind = "PR" | "DS" | "INC" | "PL" | "DEP" | "REC";

export function serviceIndexKeys(
  kind: ServiceIndexKind,
  record: { service?: string | undefined; createdAt: string; id: string },
): { spk: string; ssk: string } | Record<string, never> {
  if (!record.service) return {};
  return { spk: serviceIndexPartition(record.service), ssk: `${kind}#${record.createdAt}#${record.id}` };
}

export const serviceIndexPartition = (service: string) => `SVC#${service}`;
