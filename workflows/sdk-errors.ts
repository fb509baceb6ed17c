/**
 * How Step Functions names the errors of an `aws-sdk:<service>:<action>` task: `<Service>.<Exception>`,
 * with the service as the SDK spells it (`Ecs`, `AutoScaling`, `CloudWatch`). The workflows' Retry
 * rules and the local stand-ins that throw those errors both use this one table.
 */
const SERVICE_NAMES: Record<string, string> = {
  ecs: "Ecs",
  ec2: "Ec2",
  ssm: "Ssm",
  sqs: "Sqs",
  autoscaling: "AutoScaling",
  lambda: "Lambda",
  cloudwatch: "CloudWatch",
  cloudformation: "CloudFormation",
  costexplorer: "CostExplorer",
};

export const sdkServiceName = (service: string): string => SERVICE_NAMES[service] ?? service;

/** `ecs`, `Throttling` → `Ecs.ThrottlingException`. */
export const sdkErrorName = (service: string, exception: string): string =>
  `${sdkServiceName(service)}.${exception.endsWith("Exception") ? exception : `${exception}Exception`}`;
