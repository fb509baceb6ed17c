import { inject } from "vitest";

// Tests reach the local cloud exactly as production code would: through the SDK's standard
// variables, never through a client option. Credentials are dummies; nothing leaves loopback.
// The unit tier starts no DynamoDB Local: nothing is provided there.
const dynamodb = inject("dynamodbEndpoint");
if (dynamodb) process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb;
process.env.AWS_REGION = "us-east-1";
process.env.AWS_ACCESS_KEY_ID = "local";
process.env.AWS_SECRET_ACCESS_KEY = "local";
