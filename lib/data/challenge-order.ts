import type { Prisma } from "../generated/prisma/client";

/**
 * The one order of challenges everywhere: update forms, agreement pages, history, the table's
 * filter, the dashboard's heat map and the reports. The admins' order (moveChallenge), then the
 * name for any tie left by older data.
 */
export const CHALLENGE_ORDER: Prisma.ChallengeOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { name: "asc" }];

/** The same order for rows that belong to a challenge (assessments, history snapshots). */
export const BY_CHALLENGE_ORDER = CHALLENGE_ORDER.map((challenge) => ({ challenge }));
