import "server-only";
import { passwordProblem, type PasswordOwner, type PasswordProblem } from "../domain/password-policy";
import { commonPasswords } from "./common-passwords";

/**
 * Why `password` may not be set for `owner` (a catalog key), or null. The one check behind every
 * place a password is set: user creation (admin form and `npm run user:create`, both through
 * lib/data/users.ts `createUser`) and any password change; its schema only checks the shape.
 */
export async function newPasswordProblem(password: string, owner: PasswordOwner): Promise<PasswordProblem | null> {
  const common = await commonPasswords();
  return passwordProblem(password, owner, (lower) => common.has(lower));
}
