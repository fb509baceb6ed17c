import { describe, expect, it } from "vitest";
import { compilePattern, InvalidPatternError, matches } from "./pattern";

// Cases from the EventBridge user guide ("Event patterns", "Content filtering"), each with events
// that match and events that do not.
const test = (pattern: unknown, event: unknown) => matches(compilePattern(pattern), event);

const ec2Event = {
  version: "0",
  id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
  "detail-type": "EC2 Instance State-change Notification",
  source: "aws.ec2",
  account: "111122223333",
  time: "2017-12-22T18:43:48Z",
  region: "us-west-1",
  resources: ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
  detail: {
    "instance-id": "i-1234567890abcdef0",
    state: "terminated",
    "c-count": 5,
    "d-count": 3,
    "x-limit": 301.8,
    "source-ip": "10.0.0.123",
  },
};

describe("matching", () => {
  it.each([
    ["exact string", { source: ["aws.ec2"] }, true],
    ["exact string, case-sensitive", { source: ["AWS.EC2"] }, false],
    ["one of several values", { detail: { state: ["running", "terminated"] } }, true],
    ["nested field", { detail: { state: ["running"] } }, false],
    [
      "array in the event: any element",
      { resources: ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"] },
      true,
    ],
    ["number", { detail: { "c-count": [5] } }, true],
    ["number vs string", { detail: { "c-count": ["5"] } }, false],
    ["prefix", { "detail-type": [{ prefix: "EC2 Instance" }] }, true],
    ["prefix, ignoring case", { "detail-type": [{ prefix: { "equals-ignore-case": "ec2 instance" } }] }, true],
    ["suffix", { detail: { "instance-id": [{ suffix: "def0" }] } }, true],
    ["suffix, ignoring case", { detail: { "instance-id": [{ suffix: { "equals-ignore-case": "DEF0" } }] } }, true],
    ["equals-ignore-case", { source: [{ "equals-ignore-case": "AWS.EC2" }] }, true],
    ["wildcard", { "detail-type": [{ wildcard: "EC2*Notification" }] }, true],
    ["wildcard that does not fit", { "detail-type": [{ wildcard: "EC2*Failure" }] }, false],
    ["anything-but a value", { detail: { state: [{ "anything-but": "initializing" }] } }, true],
    ["anything-but a list", { detail: { state: [{ "anything-but": ["stopped", "terminated"] }] } }, false],
    ["anything-but a number", { detail: { "c-count": [{ "anything-but": [1, 2] }] } }, true],
    ["anything-but prefix", { detail: { state: [{ "anything-but": { prefix: "term" } }] } }, false],
    ["anything-but suffix", { detail: { state: [{ "anything-but": { suffix: "ing" } }] } }, true],
    [
      "anything-but equals-ignore-case",
      { detail: { state: [{ "anything-but": { "equals-ignore-case": ["TERMINATED"] } }] } },
      false,
    ],
    ["anything-but wildcard", { detail: { state: [{ "anything-but": { wildcard: "*ted" } }] } }, false],
    [
      "numeric range",
      { detail: { "c-count": [{ numeric: [">", 0, "<=", 5] }], "x-limit": [{ numeric: [">=", 300] }] } },
      true,
    ],
    ["numeric range excluded", { detail: { "d-count": [{ numeric: ["<", 3] }] } }, false],
    ["numeric equals", { detail: { "x-limit": [{ numeric: ["=", 301.8] }] } }, true],
    ["cidr IPv4", { detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } }, true],
    ["cidr IPv4 outside", { detail: { "source-ip": [{ cidr: "10.0.1.0/24" }] } }, false],
    ["exists true", { detail: { state: [{ exists: true }] } }, true],
    ["exists false on a missing field", { detail: { "no-such-field": [{ exists: false }] } }, true],
    ["exists false on a present field", { detail: { state: [{ exists: false }] } }, false],
    ["exists true on an object (not a leaf)", { detail: [{ exists: true }] }, false],
    ["missing field does not match a value", { detail: { missing: ["x"] } }, false],
    ["missing field does not match anything-but", { detail: { missing: [{ "anything-but": "x" }] } }, false],
    ["every field must match (AND)", { source: ["aws.ec2"], detail: { state: ["running"] } }, false],
    ["$or at the top level", { $or: [{ source: ["aws.s3"] }, { detail: { "c-count": [5] } }] }, true],
    [
      "$or nested",
      { detail: { $or: [{ "c-count": [{ numeric: [">", 10] }] }, { "d-count": [{ numeric: ["<", 5] }] }] } },
      true,
    ],
    ["$or with no branch matching", { detail: { $or: [{ "c-count": [1] }, { "d-count": [2] }] } }, false],
  ])("%s", (_name, pattern, expected) => {
    expect(test(pattern, ec2Event)).toBe(expected);
  });

  it("matches null and the empty string exactly, and not a missing field", () => {
    const pattern = { detail: { responseElements: [null], note: [""] } };
    expect(test(pattern, { detail: { responseElements: null, note: "" } })).toBe(true);
    expect(test(pattern, { detail: { note: "" } })).toBe(false);
    expect(test(pattern, { detail: { responseElements: "x", note: "" } })).toBe(false);
  });

  it("matches cidr for IPv6", () => {
    const pattern = { detail: { ip: [{ cidr: "2001:db8::/32" }] } };
    expect(test(pattern, { detail: { ip: "2001:db8:85a3::8a2e:370:7334" } })).toBe(true);
    expect(test(pattern, { detail: { ip: "2001:db9::1" } })).toBe(false);
    expect(test(pattern, { detail: { ip: "not an ip" } })).toBe(false);
  });

  it("matches booleans exactly", () => {
    expect(test({ detail: { ok: [true] } }, { detail: { ok: true } })).toBe(true);
    expect(test({ detail: { ok: [true] } }, { detail: { ok: "true" } })).toBe(false);
  });

  it("matches nested patterns against arrays of objects", () => {
    const pattern = { detail: { items: { sku: [{ prefix: "A-" }] } } };
    expect(test(pattern, { detail: { items: [{ sku: "B-1" }, { sku: "A-2" }] } })).toBe(true);
    expect(test(pattern, { detail: { items: [{ sku: "B-1" }] } })).toBe(false);
  });

  it("treats a literal star in a wildcard escaped with a backslash", () => {
    expect(test({ k: [{ wildcard: "a\\*b" }] }, { k: "a*b" })).toBe(true);
    expect(test({ k: [{ wildcard: "a\\*b" }] }, { k: "axxb" })).toBe(false);
  });

  it("matches the S3 Object Created shape Plinth's lake rule uses", () => {
    const pattern = {
      source: ["aws.s3"],
      "detail-type": ["Object Created"],
      detail: { object: { key: [{ prefix: "lake/landing/" }] } },
    };
    expect(
      test(pattern, {
        source: "aws.s3",
        "detail-type": "Object Created",
        detail: { object: { key: "lake/landing/orders/2026-11-22.csv" } },
      }),
    ).toBe(true);
    expect(
      test(pattern, {
        source: "aws.s3",
        "detail-type": "Object Created",
        detail: { object: { key: "lake/bronze/x" } },
      }),
    ).toBe(false);
  });
});

describe("invalid patterns", () => {
  it.each([
    ["not JSON", "{nope"],
    ["not an object", '["a"]'],
    ["empty", {}],
    ["a leaf that is not an array", { source: "aws.ec2" }],
    ["an empty array", { source: [] }],
    ["an unknown operator", { source: [{ regex: ".*" }] }],
    ["two operators in one matcher", { source: [{ prefix: "a", suffix: "b" }] }],
    ["numeric with a string bound", { n: [{ numeric: [">", "5"] }] }],
    ["numeric with an unknown operator", { n: [{ numeric: ["!=", 5] }] }],
    ["numeric range in the wrong order", { n: [{ numeric: ["<", 10, ">", 5] }] }],
    ["a bad cidr", { ip: [{ cidr: "10.0.0.0/33" }] }],
    ["exists that is not a boolean", { f: [{ exists: "yes" }] }],
    ["consecutive wildcards", { f: [{ wildcard: "a**b" }] }],
    ["$or with one branch", { $or: [{ source: ["a"] }] }],
    ["anything-but with an object value", { f: [{ "anything-but": [{ a: 1 }] }] }],
  ])("refuses %s, naming the problem", (_name, pattern) => {
    expect(() => compilePattern(pattern)).toThrow(InvalidPatternError);
  });
});
