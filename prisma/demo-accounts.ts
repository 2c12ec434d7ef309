import type { Role } from "../lib/domain/vocabulary";
import { SEED_ORGANIZATIONS } from "./seed-data";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  /** Organization name, or null for the coordinating office's admin. */
  organization: string | null;
  password: string;
};

const orgName = (key: string) => {
  const org = SEED_ORGANIZATIONS.find((o) => o.key === key);
  if (!org) throw new Error(`Demo account organization "${key}" is not in the seed`);
  return org.name;
};

// Demo only: these passwords are public (README, start command output). A production start
// never creates these accounts.
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@accord.test", name: "Leyla Hasanova", role: "admin", organization: null, password: "demo-admin-2025" },
  { email: "socar.editor@accord.test", name: "Elvin Mammadov", role: "editor", organization: orgName("socar"), password: "demo-socar-2025" },
  { email: "kz.digital.editor@accord.test", name: "Aigerim Sarsenova", role: "editor", organization: orgName("kz-digital"), password: "demo-kzdigital-2025" },
  { email: "viewer@accord.test", name: "Timur Akhmetov", role: "viewer", organization: null, password: "demo-viewer-2025" },
];
