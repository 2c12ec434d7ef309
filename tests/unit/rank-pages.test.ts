import { describe, expect, it } from "vitest";
import { pageAcrossRanks } from "@/lib/data/rank-pages";

// Three ranks of 3, 0 and 4 rows, named by rank and position.
const ranks = [["a0", "a1", "a2"], [], ["c0", "c1", "c2", "c3"]];
const counts = ranks.map((r) => r.length);
const reads: string[] = [];
const read = async (rank: number, skip: number, take: number) => {
  reads.push(`${rank}:${skip}+${take}`);
  return ranks[rank]!.slice(skip, skip + take);
};

describe("pageAcrossRanks", () => {
  it("gives every row once, in rank order, whatever the page size", async () => {
    const all = ranks.flat();
    for (const size of [1, 2, 3, 5, 10]) {
      const pages: string[] = [];
      for (let start = 0; start < all.length; start += size) {
        const { total, found } = await pageAcrossRanks(counts, start, size, read);
        expect(total).toBe(7);
        pages.push(...found);
      }
      expect(pages, `size ${size}`).toEqual(all);
    }
  });

  it("reads only the ranks a page touches, from the right offset", async () => {
    reads.length = 0;
    expect((await pageAcrossRanks(counts, 2, 3, read)).found).toEqual(["a2", "c0", "c1"]);
    expect(reads).toEqual(["0:2+1", "2:0+2"]);
    reads.length = 0;
    expect((await pageAcrossRanks(counts, 7, 3, read)).found).toEqual([]);
    expect(reads).toEqual([]);
  });
});
