import "server-only";
import { randomUUID } from "node:crypto";
import { lookup } from "node:dns/promises";
import { prisma } from "../db";
import { env } from "../env";
import type { Tx } from "../prisma-client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { openSecret, sealSecret, type SealPurpose } from "../domain/secret-box";
import {
  newWebhookSecret,
  WEBHOOK_EVENTS,
  WEBHOOK_PING,
  webhookTargetRefusal,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookPayload,
} from "../domain/webhooks";
import { webhookPayloadSchemas, type WebhookCreateInput } from "../validations/webhooks";
import { recordAudit } from "./audit";
import { retryDelivery } from "./deliveries";

const SEAL: SealPurpose = { salt: "accord-webhooks", info: "signing-secret" };

function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required for webhooks (it seals their signing secrets)");
  return secret;
}

/** The signing secret, for the worker. Throws when AUTH_SECRET changed since it was sealed. */
export function webhookSecretOf(endpoint: { secretCipher: string }, secret: string): string {
  return openSecret(endpoint.secretCipher, secret, SEAL);
}

const resolveAll = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Refuses a URL that is not HTTPS or that points inside the network (unless allowed), naming why. */
async function checkWebhookTarget(url: string): Promise<void> {
  const refusal = await webhookTargetRefusal(url, { allowPrivate: env().WEBHOOKS_ALLOW_PRIVATE }, resolveAll);
  if (refusal) throw new ActionError(`webhooks.errors.${refusal}`, 400, undefined, { url: [`webhooks.errors.${refusal}`] });
}

const parseEvents = (json: string): WebhookEvent[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? WEBHOOK_EVENTS.filter((e) => value.includes(e)) : [];
  } catch {
    return [];
  }
};

const view = (e: { name: string; url: string; events: string; organizationId: string | null; pausedAt: Date | null; secretHint: string }) => ({
  name: e.name,
  url: e.url,
  events: parseEvents(e.events),
  organizationId: e.organizationId,
  paused: e.pausedAt !== null,
  secretHint: e.secretHint,
});

/** Registers an endpoint; the signing secret is returned this once (stored sealed). */
export async function createWebhookEndpoint(input: WebhookCreateInput, actor: Actor): Promise<{ id: string; secret: string }> {
  await checkWebhookTarget(input.url);
  const secret = newWebhookSecret();
  const created = await prisma.$transaction(async (tx) => {
    if (input.organizationId && !(await tx.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } }))) {
      throw new ActionError("apiTokens.errors.organization", 400, undefined, { organizationId: ["apiTokens.errors.organization"] });
    }
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        name: input.name,
        url: input.url,
        events: JSON.stringify(input.events),
        organizationId: input.organizationId || null,
        secretCipher: sealSecret(secret, authSecret(), SEAL),
        secretHint: secret.slice(0, 12),
        createdById: actor.id,
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.create", entityType: "webhook_endpoint", entityId: endpoint.id, after: view(endpoint) });
    return endpoint;
  });
  return { id: created.id, secret };
}

async function changeEndpoint(
  id: string,
  actor: Actor,
  action: string,
  change: (before: { pausedAt: Date | null }) => { pausedAt?: Date | null; secretCipher?: string; secretHint?: string },
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const after = await tx.webhookEndpoint.update({ where: { id }, data: { ...change(before), version: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action, entityType: "webhook_endpoint", entityId: id, before: view(before), after: view(after) });
    return after;
  });
}

/** Paused: events still queue (nothing is lost) but nothing is sent until it is resumed. */
export const pauseWebhookEndpoint = (id: string, actor: Actor) =>
  changeEndpoint(id, actor, "webhook.pause", (before) => {
    if (before.pausedAt) throw new ActionError("webhooks.alreadyPaused", 409);
    return { pausedAt: new Date() };
  });

export const resumeWebhookEndpoint = (id: string, actor: Actor) =>
  changeEndpoint(id, actor, "webhook.resume", (before) => {
    if (!before.pausedAt) throw new ActionError("webhooks.notPaused", 409);
    return { pausedAt: null };
  });

/** A new signing secret, shown once; deliveries from now on (retries too) are signed with it. */
export async function rotateWebhookSecret(id: string, actor: Actor): Promise<{ secret: string }> {
  const secret = newWebhookSecret();
  await changeEndpoint(id, actor, "webhook.rotate_secret", () => ({ secretCipher: sealSecret(secret, authSecret(), SEAL), secretHint: secret.slice(0, 12) }));
  return { secret };
}

/** A ping through the same outbox as every event: the receiver's answer shows in the list. */
export async function sendWebhookPing(id: string, actor: Actor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id }, select: { id: true } });
    if (!endpoint) throw new ActionError("errors.notFound", 404);
    const eventId = newEventId();
    const by = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
    const payload: WebhookPayload = { id: eventId, type: WEBHOOK_PING, occurredAt: new Date().toISOString(), agreement: null, actor: { name: by?.name ?? "" }, data: {} };
    webhookPayloadSchemas.ping.parse(payload);
    const row = await tx.outboxMessage.create({
      data: { channel: "webhook", kind: WEBHOOK_PING, webhookEndpointId: id, dedupeKey: `webhook:${id}:${eventId}`, payload: JSON.stringify(payload) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.ping", entityType: "outbox_message", entityId: row.id, after: { webhookEndpointId: id } });
  });
}

const newEventId = () => `evt_${randomUUID().replaceAll("-", "")}`;

export type WebhookEventInput = {
  type: WebhookEvent;
  agreementId: string;
  data: Record<string, unknown>;
  /** Who made the change (named in the body); none for events the worker computes. */
  actorId?: string | null;
  /** For events the worker computes (overdue): one delivery per endpoint and key, ever. */
  dedupeKey?: string;
};

/**
 * The one way a webhook event is queued, inside the transaction of the change it reports: one
 * outbox row per endpoint that subscribed to the event (and whose organization, if it names one,
 * leads the agreement or is a party to it). The body is fixed now; the worker only signs and sends.
 */
export async function recordWebhookEvents(tx: Tx, events: readonly WebhookEventInput[], now = new Date()): Promise<number> {
  if (events.length === 0) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({ select: { id: true, events: true, organizationId: true } });
  if (endpoints.length === 0) return 0;
  const agreements = new Map(
    (
      await tx.agreement.findMany({
        where: { id: { in: [...new Set(events.map((e) => e.agreementId))] } },
        select: { id: true, reference: true, title: true, leadOrganizationId: true, parties: { select: { organizationId: true } } },
      })
    ).map((a) => [a.id, a]),
  );
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => Boolean(id)))];
  const actors = new Map(
    actorIds.length === 0 ? [] : (await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const subscribed = endpoints.map((e) => ({ ...e, events: new Set<WebhookEventType>(parseEvents(e.events)) }));
  const appUrl = env().APP_URL;
  const rows = [];
  for (const event of events) {
    const agreement = agreements.get(event.agreementId);
    if (!agreement) continue;
    const organizations = new Set([agreement.leadOrganizationId, ...agreement.parties.map((p) => p.organizationId)]);
    for (const endpoint of subscribed) {
      if (!endpoint.events.has(event.type)) continue;
      if (endpoint.organizationId && !organizations.has(endpoint.organizationId)) continue;
      const id = newEventId();
      const payload: WebhookPayload = {
        id,
        type: event.type,
        occurredAt: now.toISOString(),
        agreement: { reference: agreement.reference, title: agreement.title, url: `${appUrl}/agreements/${encodeURIComponent(agreement.reference)}` },
        actor: event.actorId ? { name: actors.get(event.actorId) ?? "" } : null,
        data: event.data,
      };
      webhookPayloadSchemas[event.type].parse(payload);
      rows.push({
        channel: "webhook",
        kind: event.type,
        webhookEndpointId: endpoint.id,
        agreementId: agreement.id,
        dedupeKey: `webhook:${endpoint.id}:${event.dedupeKey ?? id}`,
        payload: JSON.stringify(payload),
        createdAt: now,
      });
    }
  }
  if (rows.length === 0) return 0;
  const taken = new Set(
    (await tx.outboxMessage.findMany({ where: { dedupeKey: { in: rows.map((r) => r.dedupeKey) } }, select: { dedupeKey: true } })).map((r) => r.dedupeKey),
  );
  const fresh = rows.filter((r) => !taken.has(r.dedupeKey));
  if (fresh.length > 0) await tx.outboxMessage.createMany({ data: fresh });
  return fresh.length;
}

export type WebhookEndpointView = {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  organization: string | null;
  secretHint: string;
  paused: boolean;
  createdAt: Date;
  createdBy: string;
  counts: { pending: number; sent: number; failed: number };
  lastDelivery: { status: string; responseStatus: number | null; at: Date } | null;
};

/** Every endpoint, newest first, with its delivery counts and last attempt. */
export const listWebhookEndpoints = () => endpointViews({});

/** Endpoints (all, or the one a page shows) with what the pages show of their deliveries. */
async function endpointViews(where: Prisma.WebhookEndpointWhereInput): Promise<WebhookEndpointView[]> {
  const endpoints = await prisma.webhookEndpoint.findMany({
    where,
    orderBy: { createdAt: "desc" },
    include: { organization: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
  const ids = endpoints.map((e) => e.id);
  if (ids.length === 0) return [];
  // The last attempt: one indexed lookup per endpoint (an administrator registers a handful), not
  // a scan of every delivery (Prisma's `distinct` reads all rows and keeps the first).
  const [counts, attempted] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ["webhookEndpointId", "status"], where: { webhookEndpointId: { in: ids } }, _count: { _all: true } }),
    Promise.all(
      ids.map((id) =>
        prisma.outboxMessage.findFirst({
          where: { webhookEndpointId: id, attempts: { gt: 0 } },
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
          select: { webhookEndpointId: true, status: true, responseStatus: true, updatedAt: true },
        }),
      ),
    ),
  ]);
  const last = new Map(attempted.filter((l) => l !== null).map((l) => [l.webhookEndpointId, l]));
  return endpoints.map((e) => {
    const count = (status: string) => counts.find((c) => c.webhookEndpointId === e.id && c.status === status)?._count._all ?? 0;
    const l = last.get(e.id);
    return {
      id: e.id,
      name: e.name,
      url: e.url,
      events: parseEvents(e.events),
      organization: e.organization?.name ?? null,
      secretHint: e.secretHint,
      paused: e.pausedAt !== null,
      createdAt: e.createdAt,
      createdBy: e.createdBy.name,
      counts: { pending: count("pending"), sent: count("sent"), failed: count("failed") },
      lastDelivery: l ? { status: l.status, responseStatus: l.responseStatus, at: l.updatedAt } : null,
    };
  });
}

export const WEBHOOK_DELIVERY_PAGE_SIZE = 50;

export type WebhookDeliveryRow = {
  id: string;
  eventId: string;
  type: string;
  agreementReference: string | null;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  responseStatus: number | null;
  responseBody: string;
  lastError: string;
  createdAt: Date;
  sentAt: Date | null;
};

/** One endpoint with its deliveries, newest first, paged by the database. */
export async function webhookEndpointWithDeliveries(id: string, page: number) {
  const [endpoint] = await endpointViews({ id });
  if (!endpoint) return null;
  const where = { webhookEndpointId: id };
  const [total, rows] = await prisma.$transaction([
    prisma.outboxMessage.count({ where }),
    prisma.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * WEBHOOK_DELIVERY_PAGE_SIZE,
      take: WEBHOOK_DELIVERY_PAGE_SIZE,
    }),
  ]);
  const deliveries: WebhookDeliveryRow[] = rows.map((r) => {
    const payload = parsePayload(r.payload);
    return {
      id: r.id,
      eventId: payload?.id ?? "",
      type: r.kind,
      agreementReference: payload?.agreement?.reference ?? null,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt,
      responseStatus: r.responseStatus,
      responseBody: r.responseBody,
      lastError: r.lastError,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
    };
  });
  return { endpoint, deliveries, total, page, pageSize: WEBHOOK_DELIVERY_PAGE_SIZE };
}

export function parsePayload(json: string): WebhookPayload | null {
  try {
    const value = JSON.parse(json) as WebhookPayload;
    return value && typeof value === "object" && typeof value.id === "string" ? value : null;
  } catch {
    return null;
  }
}

/** A failed delivery of this endpoint goes back to the queue for a fresh series of attempts (audited). */
export async function retryWebhookDelivery(endpointId: string, deliveryId: string, actorId: string): Promise<void> {
  const row = await prisma.outboxMessage.findFirst({ where: { id: deliveryId, webhookEndpointId: endpointId }, select: { id: true } });
  if (!row) throw new ActionError("errors.notFound", 404);
  await retryDelivery(deliveryId, actorId);
}
