import { describe, expect, it } from "vitest";
import { labelIndexes, niceTicks } from "@/lib/domain/chart-scale";

describe("niceTicks", () => {
  it("counts in round steps from zero up to at least the maximum", () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(1234)).toEqual([0, 250, 500, 750, 1000, 1250]);
  });
  it("never steps by a fraction (the charts count agreements)", () => {
    for (const max of [1, 2, 3, 7, 12, 99, 101, 9999]) {
      const ticks = niceTicks(max);
      expect(ticks.every(Number.isInteger), String(max)).toBe(true);
      expect(ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max);
      expect(ticks.length, String(max)).toBeLessThanOrEqual(11);
    }
  });
  it("gives an axis for an empty chart", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe("labelIndexes", () => {
  it("prints every label when there is room, and thins them out when not", () => {
    expect(labelIndexes(5, 800, 60)).toEqual([0, 1, 2, 3, 4]);
    const thin = labelIndexes(53, 836, 84);
    expect(thin[0]).toBe(0);
    const gaps = thin.slice(1).map((v, i) => v - thin[i]!);
    expect(Math.min(...gaps) * (836 / 52)).toBeGreaterThanOrEqual(84 - 1e-9);
  });
  it("handles one and no categories", () => {
    expect(labelIndexes(1, 800, 60)).toEqual([0]);
    expect(labelIndexes(0, 800, 60)).toEqual([]);
  });
});
