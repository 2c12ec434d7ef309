import { describe, expect, it } from "vitest";
import { LOCKOUT_DURATION_MS, lockedUntil } from "@/lib/domain/sign-in-lockout";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("lockedUntil", () => {
  it("does not lock after four failures", () => {
    expect(lockedUntil([at(0), at(1), at(2), at(3)], at(4))).toBeNull();
  });

  it("locks for 15 minutes from the fifth failure within 15 minutes", () => {
    const failures = [at(0), at(1), at(2), at(3), at(10)];
    expect(lockedUntil(failures, at(11))).toEqual(new Date(at(10).getTime() + LOCKOUT_DURATION_MS));
    expect(lockedUntil(failures, at(24.9))).not.toBeNull();
    expect(lockedUntil(failures, at(25))).toBeNull();
  });

  it("does not lock when five failures are spread over more than 15 minutes", () => {
    expect(lockedUntil([at(0), at(5), at(10), at(14), at(16)], at(16.5))).toBeNull();
  });

  it("ignores the order in which failures are given", () => {
    expect(lockedUntil([at(3), at(0), at(2), at(1), at(4)], at(5))).not.toBeNull();
  });
});
