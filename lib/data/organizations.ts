import "server-only";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { plannedTexts } from "../i18n/content-text";
import type { OrganizationNamesInput } from "../validations/organization";
import { recordAudit } from "./audit";
import { refreshCopiesOfOrganizationNames } from "./organization-name-copies";
import { staleError } from "./stale-save";

const TEXT_FIELDS = ["name", "shortName"] as const;

/** Every organization with its names in every language, in the order people read them. */
export function listOrganizations() {
  return prisma.organization.findMany({
    orderBy: [{ country: "asc" }, { name: "asc" }],
    include: { texts: true, _count: { select: { partyTo: true } } },
  });
}

/**
 * Saves an organization's names in the four languages: the English name stays unique, a language
 * left empty is dropped, the search of its agreements follows in the same transaction, and the
 * audit names each changed field with its language ("name.kk"). Refused if the row changed since
 * the form was opened.
 */
export async function updateOrganizationNames(input: OrganizationNamesInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: input.organizationId }, include: { texts: true } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const clash = await tx.organization.findUnique({ where: { name: input.name }, select: { id: true } });
    if (clash && clash.id !== before.id) {
      throw new ActionError("errors.invalidInput", 400, undefined, { name: ["validation.organizationNameTaken"] });
    }
    const swapped = await tx.organization.updateMany({
      where: { id: before.id, updatedAt: new Date(input.updatedAt) },
      data: { name: input.name, shortName: input.shortName },
    });
    if (swapped.count === 0) throw await staleError(tx, { entityId: before.id });
    const texts = plannedTexts("en", TEXT_FIELDS, "name", before.texts, input.texts);
    if (texts.remove.length) await tx.organizationText.deleteMany({ where: { organizationId: before.id, locale: { in: texts.remove } } });
    for (const { locale, name, shortName, needsReview } of texts.write) {
      await tx.organizationText.upsert({
        where: { organizationId_locale: { organizationId: before.id, locale } },
        create: { organizationId: before.id, locale, name, shortName, needsReview },
        update: { name, shortName, needsReview, note: "" },
      });
    }
    await refreshCopiesOfOrganizationNames(tx, before.id);
    const changed = TEXT_FIELDS.filter((f) => before[f] !== input[f]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organization.update",
      entityType: "organization",
      entityId: before.id,
      before: { ...Object.fromEntries(changed.map((f) => [f, before[f]])), ...texts.before },
      after: { ...Object.fromEntries(changed.map((f) => [f, input[f]])), ...texts.after },
    });
  });
}
