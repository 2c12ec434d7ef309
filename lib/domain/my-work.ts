import { startOfUtcDay } from "./rollups";

export const MY_WORK_HORIZON_DAYS = 30;
const DAY_MS = 86_400_000;

/** "Due in the next 30 days": [today, today + 30] in whole UTC days, as a half-open range of instants. */
export function myWorkWindow(now: Date): { today: Date; until: Date } {
  const today = startOfUtcDay(now);
  return { today, until: new Date(today.getTime() + (MY_WORK_HORIZON_DAYS + 1) * DAY_MS) };
}
