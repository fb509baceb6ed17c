import { describe, expect, it } from "vitest";
import { costWindow, linesOf } from "./cost-explorer";
import type { CostRecord } from "./model";
import { dailyRunRate, driftOf, monthSummary } from "./summary";

const line = (day: string, amountUsd: number, request = "pr-1"): CostRecord => ({
  team: "payments",
  day,
  request,
  amountUsd,
  estimated: true,
  readAt: "2026-12-06T00:00:00.000Z",
});

describe("measured cost", () => {
  it("reads the previous month while AWS may restate it (to the 10th), then this month; End is exclusive", () => {
    expect(costWindow(new Date("2026-12-06T10:00:00Z"))).toEqual({ Start: "2026-11-01", End: "2026-12-07" });
    expect(costWindow(new Date("2026-12-10T23:00:00Z"))).toEqual({ Start: "2026-11-01", End: "2026-12-11" });
    expect(costWindow(new Date("2027-01-31T23:59:00Z"))).toEqual({ Start: "2027-01-01", End: "2027-02-01" });
  });

  it("keeps this stage's lines and untagged spend, and leaves other stages' out", () => {
    const { lines, otherStagesUsd } = linesOf(
      {
        ResultsByTime: [
          {
            TimePeriod: { Start: "2026-12-01", End: "2026-12-02" },
            Estimated: true,
            Groups: [
              {
                Keys: ["plinth:stage$alice", "plinth:request$pr-1"],
                Metrics: { UnblendedCost: { Amount: "1.5", Unit: "USD" } },
              },
              {
                Keys: ["plinth:stage$alice", "plinth:request$"],
                Metrics: { UnblendedCost: { Amount: "0.25", Unit: "USD" } },
              },
              {
                Keys: ["plinth:stage$bob", "plinth:request$pr-9"],
                Metrics: { UnblendedCost: { Amount: "7", Unit: "USD" } },
              },
              {
                Keys: ["plinth:stage$", "plinth:request$"],
                Metrics: { UnblendedCost: { Amount: "0.5", Unit: "USD" } },
              },
            ],
          },
        ],
      },
      "alice",
    );
    expect(lines).toEqual([
      { day: "2026-12-01", request: "pr-1", amountUsd: 1.5, estimated: true },
      { day: "2026-12-01", request: "", amountUsd: 0.25, estimated: true },
      { day: "2026-12-01", request: "", amountUsd: 0.5, estimated: true },
    ]);
    expect(otherStagesUsd).toBe(7);
  });

  it("averages the run rate over the complete days with spend, not over days before it existed", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    // Two complete days at $2; yesterday (maybe not fully reported yet) and today left out.
    expect(
      dailyRunRate([line("2026-12-07", 2), line("2026-12-08", 2), line("2026-12-09", 1), line("2026-12-10", 0.5)], now),
    ).toBe(2);
    expect(dailyRunRate([line("2026-11-01", 9)], now)).toBe(0);
  });

  it("forecasts the month from the run rate and names each budget threshold crossed", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    const lines = Array.from({ length: 9 }, (_, i) => line(`2026-12-0${i + 1}`, 3));
    const summary = monthSummary(lines, now, 100);
    expect(summary.monthToDateUsd).toBe(27);
    // $24 over the eight complete days + $3 a day for the 23 days from yesterday on.
    expect(summary.forecastUsd).toBe(93);
    expect(summary.crossed).toEqual([{ basis: "forecast", percent: 80 }]);
    expect(monthSummary(lines, now, 25).crossed).toEqual([
      { basis: "actual", percent: 80 },
      { basis: "forecast", percent: 80 },
      { basis: "actual", percent: 100 },
      { basis: "forecast", percent: 100 },
    ]);
  });

  it("flags drift off by half the estimate and a dollar a month, either way", () => {
    expect(driftOf(10, 16)).toEqual({ ratio: 1.6, flagged: true });
    expect(driftOf(10, 4)).toEqual({ ratio: 0.4, flagged: true });
    expect(driftOf(10, 14)).toEqual({ ratio: 1.4, flagged: false });
    expect(driftOf(0.4, 1)).toEqual({ ratio: 2.5, flagged: false });
    expect(driftOf(0, 5)).toEqual({ ratio: null, flagged: true });
  });
});

describe("when a run rate means something", () => {
  it("needs three complete days of life before drift is claimed", async () => {
    const { measurable } = await import("./summary");
    const now = new Date("2026-12-10T12:00:00Z");
    expect(measurable("2026-12-06T23:00:00Z", now)).toBe(true);
    expect(measurable("2026-12-07T01:00:00Z", now)).toBe(false);
  });
});
