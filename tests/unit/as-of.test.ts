import { describe, expect, it } from "vitest";
import { endOfUtcDay, stateAsOf, type HistoryEntry } from "@/lib/domain/as-of";

const entry = (iso: string, status: string, progress: number, severity = "low"): HistoryEntry => ({
  createdAt: new Date(iso),
  statusAfter: status,
  progressAfter: progress,
  note: `${status} at ${iso}`,
  assessments: [{ challengeId: "infra", severity, note: "", mitigation: "" }],
});

const history = [
  entry("2025-10-22T00:00:00Z", "not_started", 0, "medium"),
  entry("2026-02-10T09:00:00Z", "on_track", 20, "medium"),
  entry("2026-05-01T15:30:00Z", "at_risk", 35, "high"),
  entry("2026-09-12T08:00:00Z", "delayed", 40, "critical"),
];

describe("stateAsOf", () => {
  it("is null before the first update", () => {
    expect(stateAsOf(history, new Date("2025-10-21T23:59:59Z"))).toBeNull();
  });

  it("gives the latest update at or before the date, with its assessments", () => {
    const state = stateAsOf(history, endOfUtcDay("2026-04-30"));
    expect(state).toMatchObject({ status: "on_track", progress: 20 });
    expect(state?.assessments.get("infra")?.severity).toBe("medium");
  });

  it("includes updates made during the chosen day", () => {
    expect(stateAsOf(history, endOfUtcDay("2026-05-01"))?.status).toBe("at_risk");
    expect(stateAsOf(history, new Date("2026-05-01T15:29:59Z"))?.status).toBe("on_track");
  });

  it("gives the current state for a date after the last update", () => {
    const state = stateAsOf(history, new Date("2030-01-01T00:00:00Z"));
    expect(state).toMatchObject({ status: "delayed", progress: 40 });
    expect(state?.assessments.get("infra")?.severity).toBe("critical");
  });

  it("does not depend on the order of the history given", () => {
    const shuffled = [history[2], history[0], history[3], history[1]];
    expect(stateAsOf(shuffled, endOfUtcDay("2026-06-01"))?.status).toBe("at_risk");
  });
});
