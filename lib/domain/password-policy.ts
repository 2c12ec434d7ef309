/** Why a new password is refused beyond its shape (lib/validations/auth.ts): catalog keys. */
export const PASSWORD_PROBLEMS = {
  common: "passwordPolicy.common",
  name: "passwordPolicy.containsName",
  email: "passwordPolicy.containsEmail",
} as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[keyof typeof PASSWORD_PROBLEMS];

export type PasswordOwner = { name: string; email: string };

/** Shorter fragments ("al", "li") would refuse too many good passwords by accident. */
const MIN_FRAGMENT = 3;

/** The parts of a name worth refusing: each run of letters of 3 or more, lower-cased. */
export function nameFragments(name: string): string[] {
  return name
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((part) => [...part].length >= MIN_FRAGMENT);
}

/** The e-mail's local part as a whole, and its runs of letters of 3 or more ("j.smith" → "j.smith", "smith"). */
export function emailFragments(email: string): string[] {
  const local = email.toLocaleLowerCase().split("@")[0] ?? "";
  const parts = local.length >= MIN_FRAGMENT ? [local] : [];
  return [...new Set([...parts, ...nameFragments(local)])];
}

/**
 * The first reason to refuse `password` for `owner`, or null. `isCommon` answers whether a
 * lower-cased password is on the shipped list of common and breached passwords.
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  isCommon: (lowerCased: string) => boolean,
): PasswordProblem | null {
  const lower = password.toLocaleLowerCase();
  if (isCommon(lower)) return PASSWORD_PROBLEMS.common;
  if (nameFragments(owner.name).some((part) => lower.includes(part))) return PASSWORD_PROBLEMS.name;
  if (emailFragments(owner.email).some((part) => lower.includes(part))) return PASSWORD_PROBLEMS.email;
  return null;
}
