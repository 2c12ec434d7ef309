import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./scripts/lib/chromium";
import { E2E_BASE_URL, E2E_OIDC_ISSUER, E2E_PORT } from "./tests/e2e/support/constants";

const executablePath = chromiumExecutable();

const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 } };
// Corrected translations change the words every page shows.
const SHARED_SETTINGS = /(challenge-settings|translations)\.spec\.ts$/;
// Proves that refused writes change nothing by comparing whole tables, so no other test may write
// meanwhile (a worker round of another spec once added notifications under it).
const WHOLE_DATABASE = /authorization-matrix\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  // Parallel runs on other ports keep their own artifacts.
  outputDir: process.env.E2E_PORT ? `test-results/${process.env.E2E_PORT}` : "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A guard against a hung test, not a speed target: the longest flows (axe over every admin page,
  // create-edit-deactivate a user) took just over a minute with the machine's two cores loaded.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: desktop, testIgnore: [SHARED_SETTINGS, WHOLE_DATABASE] },
    // Tests that change what every other test sees (archiving, reordering challenges): after all the others.
    { name: "shared-settings", use: desktop, testMatch: SHARED_SETTINGS, dependencies: ["chromium"] },
    // Last, alone.
    { name: "whole-database", use: desktop, testMatch: WHOLE_DATABASE, dependencies: ["shared-settings"] },
  ],
  webServer: [
    {
      command: "tsx --conditions=react-server tests/e2e/support/server.ts",
      url: `${E2E_BASE_URL}/login`,
      reuseExistingServer: false,
      // A generous ceiling for the build on a loaded two-core machine; a quiet one needs about a minute.
      timeout: 900_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { PORT: String(E2E_PORT) },
    },
    {
      // The OpenID provider that single sign-on tests sign in through.
      command: "tsx tests/e2e/support/oidc-provider.ts",
      url: `${E2E_OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(E2E_PORT) },
    },
  ],
});
