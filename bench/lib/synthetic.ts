// Builds the rows of a synthetic portfolio in memory, one agreement at a time (pure: no database).
// Rows keep the invariants lib/data keeps: Agreement.status/progress = its last StatusUpdate,
// ChallengeAssessment = the last snapshot, worstSeverity/nextMilestoneDue from lib/domain/rollups.
import { agreementSearchColumns } from "../../lib/domain/agreement-search-text";
import { shownTitleColumns } from "../../lib/data/content-texts";
import { nextMilestoneDue, worstSeverityIndex } from "../../lib/domain/rollups";
import {
  AREA_CODES,
  AREAS,
  INSTRUMENT_TYPES,
  SEVERITIES,
  type AgreementStatus,
  type Area,
  type Severity,
} from "../../lib/domain/vocabulary";
import { AREA_PHRASES, MITIGATIONS, SEVERITY_NOTES, UPDATE_NOTES } from "./phrases";
import { DAY_MS, addDays, type Rng } from "./random";
import type { AgreementBundle, Organization, SnapshotRow, UpdateRow } from "./synthetic-types";

export type SyntheticContext = {
  visits: readonly { id: string; startDate: Date }[];
  organizations: readonly Organization[];
  /** Organization ids that take part in each area in the real package (realistic pairings). */
  areaOrganizations: ReadonlyMap<Area, readonly string[]>;
  challengeIds: readonly string[];
  /** Users who write status updates (admins and editors). */
  authorIds: readonly string[];
  now: Date;
};

const FINAL_STATUS: readonly (readonly [AgreementStatus, number])[] = [
  ["on_track", 35],
  ["at_risk", 20],
  ["delayed", 15],
  ["not_started", 10],
  ["completed", 12],
  ["suspended", 8],
];
const WORKING: readonly AgreementStatus[] = ["on_track", "on_track", "at_risk", "delayed"];
const FIRST_SEVERITY: readonly (readonly [Severity, number])[] = [
  ["none", 30],
  ["low", 30],
  ["medium", 25],
  ["high", 10],
  ["critical", 5],
];

/** Per-area running numbers for references like SYN-ENE-00001. */
export type ReferenceCounter = Map<Area, number>;

export function buildAgreement(
  rng: Rng,
  ctx: SyntheticContext,
  counts: { updates: number; milestones: number },
  references: ReferenceCounter,
): AgreementBundle {
  const area = rng.pick(AREAS);
  const number = (references.get(area) ?? 0) + 1;
  references.set(area, number);
  const reference = `SYN-${AREA_CODES[area]}-${String(number).padStart(5, "0")}`;
  const phrases = AREA_PHRASES[area];
  const visit = rng.pick(ctx.visits);
  const signed = visit.startDate;
  const target = addDays(signed, rng.int(365, 4 * 365));

  const parties = pickParties(rng, ctx, area);
  const lead = parties[0];
  const local = `${rng.pick(phrases.azerbaijani)} / ${rng.pick(phrases.kazakh)}`;
  const title = `${rng.pick(phrases.subjects)}, phase ${rng.int(1, 9)} (${rng.pick([...phrases.azerbaijani, ...phrases.kazakh])})`;
  const summary =
    `Synthetic benchmark agreement led by ${lead.shortName || lead.name}: ${local}. ` +
    `Covers ${title.toLowerCase()}; ${parties.length} parties from both sides.`;
  const id = rng.id();

  const { updates, snapshots, final } = buildHistory(rng, ctx, id, signed, counts.updates);
  const milestones = buildMilestones(rng, ctx, id, signed, target, counts.milestones, final.status, phrases.milestones);
  const last = updates[updates.length - 1];
  const archivedAt = rng.chance(0.01) ? new Date(Math.min(ctx.now.getTime(), last.createdAt.getTime() + DAY_MS)) : null;

  return {
    agreement: {
      id,
      reference,
      visitId: visit.id,
      title,
      area,
      instrumentType: rng.pick(INSTRUMENT_TYPES),
      signedDate: signed,
      summary,
      status: final.status,
      progress: final.progress,
      targetDate: target,
      leadOrganizationId: lead.id,
      ...agreementSearchColumns({ reference, title, summary }, parties),
      ...shownTitleColumns({ title, language: "en", texts: [] }),
      worstSeverity: worstSeverityIndex(final.severities),
      nextMilestoneDue: nextMilestoneDue(milestones),
      lastUpdateAt: last.createdAt,
      lastUpdateById: last.authorId,
      version: updates.length,
      archivedAt,
      createdAt: signed,
      updatedAt: archivedAt ?? last.createdAt,
    },
    parties: parties.map((o) => ({ agreementId: id, organizationId: o.id })),
    assessments: final.assessments.map((a) => ({ id: rng.id(), agreementId: id, ...a })),
    updates,
    snapshots,
    milestones,
  };
}

/** 2-4 organizations, the lead first, with both sides present (as in every real agreement). */
function pickParties(rng: Rng, ctx: SyntheticContext, area: Area): Organization[] {
  const inArea = new Set(ctx.areaOrganizations.get(area) ?? []);
  const core = ctx.organizations.filter((o) => inArea.has(o.id));
  // Now and then a body from another area joins (a ministry of finance, a port...).
  const pool = ctx.organizations.filter((o) => inArea.has(o.id) || rng.chance(0.1));
  const az = core.filter((o) => o.country === "AZ");
  const kz = core.filter((o) => o.country === "KZ");
  const chosen = new Set<Organization>([rng.pick(az.length ? az : ctx.organizations), rng.pick(kz.length ? kz : ctx.organizations)]);
  const wanted = rng.int(2, 4);
  for (let tries = 0; chosen.size < wanted && tries < 10; tries++) chosen.add(rng.pick(pool));
  const list = [...chosen];
  // The lead is one of the two in-area bodies, from either side.
  if (rng.chance(0.5)) [list[0], list[1]] = [list[1], list[0]];
  return list;
}

type Current = { severity: Severity; note: string; mitigation: string; assessedById: string | null; assessedAt: Date };

function buildHistory(rng: Rng, ctx: SyntheticContext, agreementId: string, signed: Date, count: number) {
  const finalStatus = rng.weighted(FINAL_STATUS);
  // Most agreements were updated within the last month; about a quarter have gone stale.
  const lastAt = new Date(
    Math.max(signed.getTime() + DAY_MS, ctx.now.getTime() - (rng.chance(0.75) ? rng.int(0, 29) : rng.int(31, 400)) * DAY_MS - rng.int(0, DAY_MS - 1)),
  );
  const times = [signed];
  for (let i = 1; i < count; i++) times.push(new Date(rng.int(signed.getTime() + DAY_MS, lastAt.getTime())));
  times.sort((a, b) => a.getTime() - b.getTime());
  if (count > 1) times[count - 1] = lastAt;

  const updates: UpdateRow[] = [];
  const snapshots: SnapshotRow[] = [];
  const current = new Map<string, Current>();
  let status: AgreementStatus | null = null;
  let progress: number | null = null;
  for (let i = 0; i < count; i++) {
    const isLast = i === count - 1;
    const nextStatus: AgreementStatus =
      finalStatus === "not_started" ? "not_started" : isLast ? finalStatus : i === 0 ? rng.pick(["not_started", "on_track"]) : rng.pick(WORKING);
    const nextProgress: number =
      nextStatus === "completed" ? 100 : nextStatus === "not_started" ? 0 : Math.min(95, (progress ?? 0) + rng.int(0, 12));
    const authorId = rng.pick(ctx.authorIds);
    const updateId = rng.id();
    updates.push({
      id: updateId,
      agreementId,
      authorId,
      createdAt: times[i],
      statusBefore: status,
      statusAfter: nextStatus,
      progressBefore: progress,
      progressAfter: nextProgress,
      note: rng.pick(UPDATE_NOTES[nextStatus]),
    });
    for (const challengeId of ctx.challengeIds) {
      const before = current.get(challengeId);
      const severity = before ? drift(rng, before.severity) : rng.weighted(FIRST_SEVERITY);
      const changed = !before || before.severity !== severity;
      const note = changed ? SEVERITY_NOTES[severity] : before.note;
      const mitigation = changed ? (severity === "none" ? "" : rng.pick(MITIGATIONS)) : before.mitigation;
      snapshots.push({
        id: rng.id(),
        statusUpdateId: updateId,
        challengeId,
        severity,
        severityBefore: before?.severity ?? null,
        note,
        mitigation,
        changed,
      });
      current.set(
        challengeId,
        changed ? { severity, note, mitigation, assessedById: authorId, assessedAt: times[i] } : before,
      );
    }
    status = nextStatus;
    progress = nextProgress;
  }
  const assessments = ctx.challengeIds.map((challengeId) => {
    const c = current.get(challengeId)!;
    return { challengeId, ...c };
  });
  return {
    updates,
    snapshots,
    final: { status: status!, progress: progress!, severities: assessments.map((a) => a.severity), assessments },
  };
}

/** A quarter of the time a severity moves one step up or down. */
function drift(rng: Rng, severity: Severity): Severity {
  if (!rng.chance(0.25)) return severity;
  const index = SEVERITIES.indexOf(severity) + (rng.chance(0.5) ? 1 : -1);
  return SEVERITIES[Math.max(0, Math.min(SEVERITIES.length - 1, index))];
}

function buildMilestones(
  rng: Rng,
  ctx: SyntheticContext,
  agreementId: string,
  signed: Date,
  target: Date,
  count: number,
  status: AgreementStatus,
  titles: readonly string[],
) {
  const now = ctx.now.getTime();
  return Array.from({ length: count }, (_, i) => {
    const due = new Date(rng.int(signed.getTime() + 60 * DAY_MS, target.getTime()));
    due.setUTCHours(0, 0, 0, 0);
    // Past-due milestones are mostly done (the rest are overdue); a few future ones are done early.
    const done = status === "completed" || (due.getTime() < now ? rng.chance(0.7) : rng.chance(0.1));
    const doneAt = done ? new Date(Math.min(now, due.getTime() + rng.int(-30, 20) * DAY_MS)) : null;
    const doneDate = doneAt && doneAt < signed ? signed : doneAt;
    return {
      id: rng.id(),
      agreementId,
      title: `${rng.pick(titles)} (${i + 1})`,
      dueDate: due,
      doneDate,
      evidence: doneDate ? "Minutes of the joint working group on file." : "",
      version: doneDate ? 2 : 1,
      createdAt: signed,
      updatedAt: doneDate ?? signed,
    };
  });
}
