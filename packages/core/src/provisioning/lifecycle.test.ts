import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, isRunning, isTerminal, ProvisioningStatuses, Transitions } from "./lifecycle";

describe("provisioning lifecycle", () => {
  it("follows the happy path with and without approval", () => {
    for (const path of [
      ["VALIDATING", "PLANNED", "APPLYING", "SUCCEEDED"],
      ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "SUCCEEDED", "DESTROYING", "DESTROYED"],
      ["VALIDATING", "PLANNED", "APPLYING", "FAILED", "VALIDATING", "PLANNED", "APPLYING", "SUCCEEDED"],
      ["VALIDATING", "PLANNED", "APPLYING", "FAILED", "DESTROYING", "DESTROYED"],
    ] as const) {
      for (let i = 1; i < path.length; i++)
        expect(canTransition(path[i - 1] as never, path[i] as never), `${path[i - 1]} → ${path[i]}`).toBe(true);
    }
  });

  it("ends for good in CANCELLED, REJECTED, EXPIRED and DESTROYED", () => {
    expect(ProvisioningStatuses.filter(isTerminal)).toEqual(["CANCELLED", "REJECTED", "EXPIRED", "DESTROYED"]);
  });

  it("never lets a terminal or finished status claim to be running again without a legal move", () => {
    for (const from of ProvisioningStatuses) {
      for (const to of Transitions[from]) expect(ProvisioningStatuses).toContain(to);
      if (isTerminal(from)) expect(isRunning(from)).toBe(false);
    }
    expect(ProvisioningStatuses.filter(isRunning)).toEqual([
      "VALIDATING",
      "PLANNED",
      "AWAITING_APPROVAL",
      "APPLYING",
      "DESTROYING",
    ]);
  });

  it("refuses an illegal move with a conflict that names what is allowed", () => {
    expect(() => assertTransition("SUCCEEDED", "APPLYING")).toThrow(
      /cannot become APPLYING; from SUCCEEDED it may become DESTROYING/,
    );
    expect(() => assertTransition("REJECTED", "APPLYING")).toThrow(/nothing \(it has ended\)/);
    expect(() => assertTransition("AWAITING_APPROVAL", "APPLYING")).not.toThrow();
  });

  it("can be checked exhaustively: every pair is either in the table or refused", () => {
    let legal = 0;
    for (const from of ProvisioningStatuses) {
      for (const to of ProvisioningStatuses) {
        if (canTransition(from, to)) legal++;
        else expect(() => assertTransition(from, to)).toThrow();
      }
    }
    expect(legal).toBe(Object.values(Transitions).reduce((n, list) => n + list.length, 0));
  });
});
