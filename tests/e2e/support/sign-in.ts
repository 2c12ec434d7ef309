import type { Page } from "./test";
import { login } from "./auth";

/** login() for specs that pass the test user itself (the second factor included, for admins). */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await login(page, user.email, user.password);
}
