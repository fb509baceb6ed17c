import { describe, expect, it } from "vitest";
import { nextFire, parseSchedule } from "./schedule";

const at = (iso: string) => Date.parse(iso);

describe("schedule expressions", () => {
  it("fires rate() schedules at whole intervals from the rule's creation", () => {
    const created = at("2026-11-22T10:00:00Z");
    expect(nextFire(parseSchedule("rate(5 minutes)"), at("2026-11-22T10:07:00Z"), created)).toBe(
      at("2026-11-22T10:10:00Z"),
    );
    expect(nextFire(parseSchedule("rate(1 day)"), created, created)).toBe(at("2026-11-23T10:00:00Z"));
  });

  it("fires cron() schedules on matching minutes, in UTC", () => {
    expect(nextFire(parseSchedule("cron(0 12 * * ? *)"), at("2026-11-22T12:00:00Z"), 0)).toBe(
      at("2026-11-23T12:00:00Z"),
    );
    expect(nextFire(parseSchedule("cron(15,45 8-9 ? * MON-FRI *)"), at("2026-11-21T00:00:00Z"), 0)).toBe(
      at("2026-11-23T08:15:00Z"),
    );
    expect(nextFire(parseSchedule("cron(0/20 * * * ? *)"), at("2026-11-22T10:41:00Z"), 0)).toBe(
      at("2026-11-22T11:00:00Z"),
    );
  });

  it.each([
    "rate(0 minutes)",
    "rate(2 minute)",
    "rate(5 seconds)",
    "cron(* * * * *)",
    "cron(0 12 * * * *)",
    "cron(0 12 L * ? *)",
    "every day",
  ])("refuses %s", (expression) => {
    expect(() => parseSchedule(expression)).toThrow();
  });
});
