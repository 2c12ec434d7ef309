import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import {
  acceptedTotpStep,
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
} from "../domain/totp";
import type { Tx } from "../prisma-client";
import { recordAudit } from "./audit";
import { endUserSessions } from "./sessions";
import { lockoutFor, recordSignInAttempt } from "./sign-in-attempts";

function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required for the second factor (it encrypts the TOTP secrets)");
  return secret;
}

/**
 * The secret waiting to be confirmed, if a set-up was started; kept until confirmed, so that a
 * reload after scanning the QR code shows the same one. Reads only: pages call it on GET.
 */
export async function pendingTotpSecret(userId: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) return null;
  return decryptTotpSecret(user.totpSecret, authSecret());
}

/**
 * Starts a set-up (a POST: the person pressed "Set up a second factor"): a new secret, unless one
 * is already waiting, so that a second tab or a double click shows the same QR code.
 */
export async function beginSecondFactorSetup(userId: string): Promise<void> {
  // Not audited: nothing is in force until the person confirms a code (confirmSecondFactor).
  await prisma.user.updateMany({
    where: { id: userId, totpEnabledAt: null, totpSecret: null },
    data: { totpSecret: encryptTotpSecret(newTotpSecret(), authSecret()) },
  });
}

export type SetupResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: "wrong-code" | "not-pending" };

/**
 * Turns the second factor on once a code from the app proves the secret was copied right; the
 * session that did it has passed it. The recovery codes are returned this once, and kept hashed.
 */
export async function confirmSecondFactor(userId: string, sessionId: string, code: string): Promise<SetupResult> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) return { ok: false, reason: "not-pending" };
  const now = new Date();
  const step = acceptedTotpStep(code, decryptTotpSecret(user.totpSecret, authSecret()), now, null);
  if (step === null) return { ok: false, reason: "wrong-code" };
  const recoveryCodes = newRecoveryCodes();
  return prisma.$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (enabled.count === 0) return { ok: false as const, reason: "not-pending" as const };
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((c) => ({ userId, codeHash: hashRecoveryCode(c, authSecret()) })),
    });
    await tx.session.updateMany({ where: { id: sessionId, userId }, data: { secondFactorAt: now } });
    await recordAudit(tx, { actorId: userId, action: "user.second_factor_enable", entityType: "user", entityId: userId });
    return { ok: true as const, recoveryCodes };
  });
}

export type VerifyResult = { kind: "ok"; usedRecoveryCode: boolean } | { kind: "invalid" } | { kind: "locked"; until: Date };

/**
 * The sign-in's second step: a TOTP code newer than the last accepted one, or an unused recovery
 * code. A wrong code counts as a failed sign-in of the account (lib/domain/sign-in-lockout.ts).
 */
export async function verifySecondFactor(input: { userId: string; sessionId: string; code: string }): Promise<VerifyResult> {
  const user = await prisma.user.findUnique({
    where: { id: input.userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpSecret || !user.totpEnabledAt) return { kind: "invalid" };
  const now = new Date();
  const locked = await lockoutFor(user.email, now);
  if (locked) return { kind: "locked", until: locked };

  const passed = looksLikeRecoveryCode(input.code)
    ? await useRecoveryCode(input.userId, input.code)
    : await useTotpCode(input.userId, decryptTotpSecret(user.totpSecret, authSecret()), input.code, now, user.totpLastStep);
  await recordSignInAttempt(user.email, passed);
  if (!passed) {
    const lockedNow = await lockoutFor(user.email, new Date());
    return lockedNow ? { kind: "locked", until: lockedNow } : { kind: "invalid" };
  }
  await prisma.session.updateMany({ where: { id: input.sessionId, userId: input.userId }, data: { secondFactorAt: now } });
  return { kind: "ok", usedRecoveryCode: looksLikeRecoveryCode(input.code) };
}

/** Claims the step with a conditional write, so two requests racing with one code cannot both pass. */
async function useTotpCode(userId: string, secret: string, code: string, now: Date, lastStep: number | null): Promise<boolean> {
  const step = acceptedTotpStep(code, secret, now, lastStep);
  if (step === null) return false;
  const claimed = await prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1;
}

async function useRecoveryCode(userId: string, code: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const used = await tx.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code, authSecret()), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return false;
    await recordAudit(tx, { actorId: userId, action: "user.recovery_code_use", entityType: "user", entityId: userId });
    return true;
  });
}

export async function unusedRecoveryCodes(userId: string): Promise<number> {
  return prisma.recoveryCode.count({ where: { userId, usedAt: null } });
}

const CLEARED = { totpSecret: null, totpEnabledAt: null, totpLastStep: null } as const;

export type OwnCodeResult<T> = { kind: "ok"; value: T } | { kind: "invalid" } | { kind: "locked"; until: Date };

/**
 * Runs `change` for a signed-in person who proved it with a current code from their app: the step
 * is claimed in the same transaction (a code works once), and a wrong code counts toward the
 * account's lockout, so an open session alone cannot guess its way to the second factor.
 */
async function withOwnTotpCode<T>(userId: string, code: string, change: (tx: Tx) => Promise<T>): Promise<OwnCodeResult<T>> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpSecret || !user.totpEnabledAt) return { kind: "invalid" };
  const locked = await lockoutFor(user.email, new Date());
  if (locked) return { kind: "locked", until: locked };
  const step = acceptedTotpStep(code, decryptTotpSecret(user.totpSecret, authSecret()), new Date(), user.totpLastStep);
  const value =
    step === null
      ? null
      : await prisma.$transaction(async (tx) => {
          const claimed = await tx.user.updateMany({
            where: { id: userId, totpEnabledAt: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
            data: { totpLastStep: step },
          });
          return claimed.count === 1 ? { done: await change(tx) } : null;
        });
  if (value) return { kind: "ok", value: value.done };
  await recordSignInAttempt(user.email, false);
  const lockedNow = await lockoutFor(user.email, new Date());
  return lockedNow ? { kind: "locked", until: lockedNow } : { kind: "invalid" };
}

/** The person turns their own second factor off (the caller checks that their role allows it). */
export async function disableOwnSecondFactor(userId: string, code: string): Promise<OwnCodeResult<true>> {
  return withOwnTotpCode(userId, code, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: CLEARED });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, { actorId: userId, action: "user.second_factor_disable", entityType: "user", entityId: userId });
    return true as const;
  });
}

/**
 * New recovery codes replace every old one (used or not): for a person who has used several, or
 * fears the printed list was seen. Shown once, kept hashed.
 */
export async function regenerateRecoveryCodes(userId: string, code: string): Promise<OwnCodeResult<string[]>> {
  return withOwnTotpCode(userId, code, async (tx) => {
    const recoveryCodes = newRecoveryCodes();
    const before = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((c) => ({ userId, codeHash: hashRecoveryCode(c, authSecret()) })),
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.recovery_codes_regenerate",
      entityType: "user",
      entityId: userId,
      before: { unused: before },
      after: { unused: recoveryCodes.length },
    });
    return recoveryCodes;
  });
}

/**
 * An administrator resets someone's second factor (a lost phone): it is cleared, every session of
 * theirs ends, and they set a new one up at their next sign-in if their role requires one.
 */
export async function adminResetSecondFactor(userId: string, actorId: string): Promise<{ endedSessions: number } | null> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (!user) return null;
    await tx.user.update({ where: { id: userId }, data: CLEARED });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const endedSessions = await endUserSessions(tx, userId, "second_factor_reset");
    await recordAudit(tx, {
      actorId,
      action: "user.second_factor_reset",
      entityType: "user",
      entityId: userId,
      before: { enabled: user.totpEnabledAt !== null },
      after: { endedSessions },
    });
    return { endedSessions };
  });
}
