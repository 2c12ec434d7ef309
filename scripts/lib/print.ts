type Account = { email: string; password: string; role: string; organization: string | null; totpSecret?: string };

export function printDemoAccounts(accounts: readonly Account[]): void {
  if (accounts.length === 0) return;
  const rows = accounts.map((a) => [a.email, a.password, a.role, a.organization ?? "—"]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 8));
  console.log("\nDemo accounts (demo data only — never use these passwords for real data):");
  for (const r of rows) {
    console.log(`  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
  }
  for (const a of accounts.filter((x) => x.totpSecret)) {
    console.log(`  ${a.email} also asks for a code: add the key ${a.totpSecret} to an authenticator app.`);
  }
  console.log("");
}
