import { describe, expect, it } from "vitest";
import { EN_MESSAGES } from "@/lib/i18n/catalog";
import {
  AGREEMENT_STATUSES,
  AREAS,
  COUNTRIES,
  INSTRUMENT_TYPES,
  ORGANIZATION_KINDS,
  ROLES,
  SEVERITIES,
} from "@/lib/domain/vocabulary";
import common from "@/messages/en/common.json";
import tracking from "@/messages/en/tracking.json";
import table from "@/messages/en/table.json";
import dashboard from "@/messages/en/dashboard.json";
import reports from "@/messages/en/reports.json";
import admin from "@/messages/en/admin.json";
import signin from "@/messages/en/signin.json";

describe("message catalog", () => {
  it("labels every value of every vocabulary", () => {
    const groups = {
      status: AGREEMENT_STATUSES,
      area: AREAS,
      instrument: INSTRUMENT_TYPES,
      severity: SEVERITIES,
      role: ROLES,
      country: COUNTRIES,
      orgKind: ORGANIZATION_KINDS,
    } as const;
    for (const [group, values] of Object.entries(groups)) {
      const labels = (EN_MESSAGES as unknown as Record<string, Record<string, string>>)[group];
      for (const value of values) expect(labels?.[value], `${group}.${value}`).toBeTruthy();
    }
  });

  it("has no top-level key defined in two files (a later file would silently win)", () => {
    const files = { common, tracking, table, dashboard, reports, admin, signin };
    const seen = new Map<string, string>();
    for (const [file, content] of Object.entries(files)) {
      for (const key of Object.keys(content)) {
        expect(seen.get(key), `"${key}" in ${file} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, file);
      }
    }
  });
});
