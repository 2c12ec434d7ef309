/**
 * Rows [start, start + size) of ranks laid one after another (rank 0's rows, then rank 1's…),
 * given each rank's count: reads only the ranks the page touches, each from the right offset.
 */
export async function pageAcrossRanks<Row>(
  counts: readonly number[],
  start: number,
  size: number,
  read: (rank: number, skip: number, take: number) => Promise<Row[]>,
): Promise<{ total: number; found: Row[] }> {
  const found: Row[] = [];
  let skip = start;
  for (const [i, count] of counts.entries()) {
    const take = size - found.length;
    if (take === 0) break;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    found.push(...(await read(i, skip, Math.min(take, count - skip))));
    skip = 0;
  }
  return { total: counts.reduce((a, b) => a + b, 0), found };
}
