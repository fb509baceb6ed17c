import { describe, expect, it } from "vitest";
import { evaluateIntrinsic } from "./intrinsics";

// The guide's examples for each intrinsic function.
const data: Record<string, unknown> = {
  "$.name": "Ada",
  "$.list": [1, 2, 3, 4, 5, 6, 7],
  "$.dupes": [1, 2, 2, 3, 1],
  "$.json": '{"a":1}',
  "$.left": { a: 1, b: { x: 1 } },
  "$.right": { b: { y: 2 }, c: 3 },
};
const run = (text: string) => evaluateIntrinsic(text, (path) => data[path]);

describe("intrinsic functions", () => {
  it.each([
    ["States.Format('Hello, my name is {}.', $.name)", "Hello, my name is Ada."],
    ["States.Format('braces \\{\\} and {}', 'x')", "braces {} and x"],
    ["States.StringToJson($.json)", { a: 1 }],
    ["States.JsonToString($.left)", '{"a":1,"b":{"x":1}}'],
    ["States.Array('Foo', 2020, States.Array(1), null)", ["Foo", 2020, [1], null]],
    [
      "States.ArrayPartition($.list, 4)",
      [
        [1, 2, 3, 4],
        [5, 6, 7],
      ],
    ],
    ["States.ArrayContains($.list, 5)", true],
    ["States.ArrayRange(1, 9, 2)", [1, 3, 5, 7, 9]],
    ["States.ArrayGetItem($.list, 5)", 6],
    ["States.ArrayLength($.list)", 7],
    ["States.ArrayUnique($.dupes)", [1, 2, 3]],
    ["States.Base64Encode('Data to encode')", "RGF0YSB0byBlbmNvZGU="],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "Data to encode"],
    ["States.Hash('input data', 'SHA-1')", "aaff4a450a104cd177d28d18d74485e8cae074b7"],
    ["States.JsonMerge($.left, $.right, false)", { a: 1, b: { y: 2 }, c: 3 }],
    ["States.MathAdd(111, -1)", 110],
    ["States.StringSplit('1,2,3,4,5', ',')", ["1", "2", "3", "4", "5"]],
    ["States.StringSplit('This.is+a,test=string', '.+,=')", ["This", "is", "a", "test", "string"]],
  ])("%s", (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it("draws MathRandom within [start, end) and a v4 UUID", () => {
    const value = run("States.MathRandom(1, 999)") as number;
    expect(value).toBeGreaterThanOrEqual(1);
    expect(value).toBeLessThan(999);
    expect(run("States.UUID()")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("fails with States.IntrinsicFailure naming the function and the problem", () => {
    expect(() => run("States.ArrayGetItem($.list, 99)")).toThrow(/ArrayGetItem: index 99 is out of bounds/);
    expect(() => run("States.Format('{} {}', 'one')")).toThrow(/more \{\} than arguments/);
    expect(() => run("States.Nope(1)")).toThrow(/is not an intrinsic function/);
    expect(() => run("States.MathAdd(1")).toThrow(/IntrinsicFailure|expected/);
  });
});
