import { describe, expect, it } from "vitest";
import { digestDue, digestPeriodStart, previousPeriodStart, timeZoneOptions, zonedTime } from "@/lib/domain/notification-schedule";
import { digestKey } from "@/lib/notify/digest";

describe("digest schedule across time zones", () => {
  it("puts Baku's weekly digest at Monday 08:00 +04, i.e. 04:00 UTC", () => {
    // Monday 2026-12-07, 03:59 UTC is 07:59 in Baku: still last week's period.
    expect(digestPeriodStart(new Date("2026-12-07T03:59:00Z"), "Asia/Baku", "weekly").toISOString()).toBe("2026-11-30T04:00:00.000Z");
    expect(digestPeriodStart(new Date("2026-12-07T04:00:00Z"), "Asia/Baku", "weekly").toISOString()).toBe("2026-12-07T04:00:00.000Z");
    expect(digestDue(new Date("2026-12-07T03:59:00Z"), "Asia/Baku", "weekly")).toBeNull();
    expect(digestDue(new Date("2026-12-07T04:30:00Z"), "Asia/Baku", "weekly")?.toISOString()).toBe("2026-12-07T04:00:00.000Z");
  });

  it("puts Astana's (UTC+5) at Monday 03:00 UTC, and one at Sunday 23:30 UTC is already Monday in Baku only when it is", () => {
    expect(digestPeriodStart(new Date("2026-12-07T03:00:00Z"), "Asia/Almaty", "weekly").toISOString()).toBe("2026-12-07T03:00:00.000Z");
    expect(digestDue(new Date("2026-12-07T02:59:00Z"), "Asia/Almaty", "weekly")).toBeNull();
    // Sunday 23:30 UTC: Monday 03:30 in Baku and 04:30 in Astana, before 08:00 in both.
    expect(digestDue(new Date("2026-12-06T23:30:00Z"), "Asia/Baku", "weekly")).toBeNull();
    expect(digestDue(new Date("2026-12-06T23:30:00Z"), "Asia/Almaty", "weekly")).toBeNull();
  });

  it("is not due outside the first hours of the period, nor when the digest is off", () => {
    expect(digestDue(new Date("2026-12-07T10:00:01Z"), "Asia/Baku", "weekly")).toBeNull();
    expect(digestDue(new Date("2026-12-09T04:30:00Z"), "Asia/Baku", "weekly")).toBeNull();
    expect(digestDue(new Date("2026-12-07T04:30:00Z"), "Asia/Baku", "off")).toBeNull();
  });

  it("runs daily at 08:00 local, every day of the week", () => {
    expect(digestDue(new Date("2026-12-09T04:30:00Z"), "Asia/Baku", "daily")?.toISOString()).toBe("2026-12-09T04:00:00.000Z");
    expect(digestPeriodStart(new Date("2026-12-09T03:00:00Z"), "Asia/Baku", "daily").toISOString()).toBe("2026-12-08T04:00:00.000Z");
  });

  it("follows daylight saving time in a zone that has it", () => {
    // Berlin moves to +02 on Sunday 29 March 2026: Monday 30 March 08:00 is 06:00 UTC, the week before 07:00 UTC.
    expect(digestPeriodStart(new Date("2026-03-30T06:30:00Z"), "Europe/Berlin", "weekly").toISOString()).toBe("2026-03-30T06:00:00.000Z");
    expect(previousPeriodStart(new Date("2026-03-30T06:00:00Z"), "Europe/Berlin", "weekly").toISOString()).toBe("2026-03-23T07:00:00.000Z");
    // A wall-clock time skipped by the change resolves to just after the gap.
    expect(zonedTime(2026, 3, 29, 2, "Europe/Berlin").toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("keys a digest by person and period, so two runs in one period find the same key", () => {
    const a = digestDue(new Date("2026-12-07T04:10:00Z"), "Asia/Baku", "weekly")!;
    const b = digestDue(new Date("2026-12-07T09:50:00Z"), "Asia/Baku", "weekly")!;
    expect(digestKey("u1", a)).toBe(digestKey("u1", b));
  });

  it("offers Baku and the Kazakh zones first", () => {
    const zones = timeZoneOptions();
    expect(zones.slice(0, 4)).toEqual(["Asia/Baku", "Asia/Almaty", "Asia/Aqtau", "Asia/Qostanay"]);
    expect(new Set(zones).size).toBe(zones.length);
  });
});
