import { Prisma } from "../generated/prisma/client";
import type { Side } from "../domain/vocabulary";

// Conditions on an agreement `a` in plain SQL with quoted identifiers, valid on SQLite and
// PostgreSQL alike, for the reads that Prisma cannot express (lib/data/dashboard-heat.ts,
// lib/data/sqlite-table-page.ts). Each means what agreementWhere's filter of the same name means.

/** The lead organization or a party is of this side (agreementWhere's `side`). */
export const onSide = (side: Side): Prisma.Sql => Prisma.sql`(
  EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = a."leadOrganizationId" AND o."country" = ${side})
  OR EXISTS (SELECT 1 FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId"
             WHERE p."agreementId" = a."id" AND o."country" = ${side}))`;
