import type { Role } from "../lib/domain/vocabulary";
import { SEED_ORGANIZATIONS } from "./seed-data";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  /** Organization name, or null for the coordinating office's admin. */
  organization: string | null;
  password: string;
  /**
   * The authenticator key (base32) of a demo account whose role requires a second factor
   * (REQUIRE_2FA's default, admins): printed with the accounts and in the README, so the demo can
   * be signed into with any authenticator app, or `npx otpauth`-style tools.
   */
  totpSecret?: string;
};

const orgName = (key: string) => {
  const org = SEED_ORGANIZATIONS.find((o) => o.key === key);
  if (!org) throw new Error(`Demo account organization "${key}" is not in the seed`);
  return org.name;
};

// Demo only: these passwords are public (README, start command output). A production start
// never creates these accounts.
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@accord.test", name: "Leyla Hasanova", role: "admin", organization: null, password: "demo-admin-2025", totpSecret: "AGYECX7F52WET2P6PL7OELI7RRNKEOSO" },
  { email: "socar.editor@accord.test", name: "Elvin Mammadov", role: "editor", organization: orgName("socar"), password: "demo-socar-2025" },
  { email: "kz.digital.editor@accord.test", name: "Aigerim Sarsenova", role: "editor", organization: orgName("kz-digital"), password: "demo-kzdigital-2025" },
  { email: "viewer@accord.test", name: "Timur Akhmetov", role: "viewer", organization: null, password: "demo-viewer-2025" },
];
