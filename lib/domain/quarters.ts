/** Calendar quarters in UTC (as milestone due dates are), as the first and last day, YYYY-MM-DD. */
export type DayRange = { from: string; to: string };

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The quarter `offset` quarters after the one holding `now` (0 = this quarter, 1 = the next). */
export function quarterRange(now: Date, offset = 0): DayRange {
  const first = now.getUTCMonth() - (now.getUTCMonth() % 3) + offset * 3;
  // Date.UTC rolls months over into years (month 12 = January of the next year; -3 = October of the last).
  const from = new Date(Date.UTC(now.getUTCFullYear(), first, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), first + 3, 0)); // day 0 = the last day of the month before
  return { from: iso(from), to: iso(to) };
}
