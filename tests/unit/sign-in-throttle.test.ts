import { describe, expect, it } from "vitest";
import {
  ADDRESS_THROTTLE,
  GLOBAL_THROTTLE,
  retryAfterSeconds,
  throttledUntil,
  type ThrottleLimit,
} from "@/lib/domain/sign-in-lockout";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const times = (count: number, start: number, step: number) => Array.from({ length: count }, (_, i) => at(start + i * step));

describe("throttledUntil", () => {
  const limit: ThrottleLimit = { scope: "address", maxFailures: 3, windowMs: 10 * 60_000 };

  it("does not throttle below the limit", () => {
    expect(throttledUntil(times(2, 0, 1), limit, at(2))).toBeNull();
  });

  it("throttles at the limit until the oldest counted failure leaves the window", () => {
    const failures = [at(0), at(1), at(2)];
    expect(throttledUntil(failures, limit, at(3))).toEqual(at(10));
    expect(throttledUntil(failures, limit, at(9.99))).toEqual(at(10));
    expect(throttledUntil(failures, limit, at(10))).toBeNull();
  });

  it("counts only the newest failures: older ones do not extend the pause", () => {
    const failures = [at(-30), at(-20), at(4), at(5), at(6)];
    expect(throttledUntil(failures, limit, at(7))).toEqual(at(14));
  });

  it("ignores the order of the failures and failures after `now`", () => {
    expect(throttledUntil([at(2), at(0), at(1), at(50)], limit, at(3))).toEqual(at(10));
  });

  it("holds the per-address limit at 10 failures in 15 minutes", () => {
    expect(throttledUntil(times(9, 0, 1), ADDRESS_THROTTLE, at(9))).toBeNull();
    expect(throttledUntil(times(10, 0, 1), ADDRESS_THROTTLE, at(10))).toEqual(at(15));
  });

  it("lifts the global ceiling at most 5 minutes after the last failure", () => {
    const burst = times(GLOBAL_THROTTLE.maxFailures, 0, 0.001);
    const until = throttledUntil(burst, GLOBAL_THROTTLE, at(1));
    expect(until).not.toBeNull();
    expect(until!.getTime()).toBeLessThanOrEqual(at(0.3).getTime() + 5 * 60_000);
    expect(throttledUntil(burst.slice(1), GLOBAL_THROTTLE, at(1))).toBeNull();
  });
});

describe("retryAfterSeconds", () => {
  it("rounds up to whole seconds and never says 0", () => {
    expect(retryAfterSeconds(new Date(t0.getTime() + 1500), t0)).toBe(2);
    expect(retryAfterSeconds(t0, t0)).toBe(1);
  });
});
