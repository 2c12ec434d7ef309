import common from "../../messages/en/common.json";
import tracking from "../../messages/en/tracking.json";
import table from "../../messages/en/table.json";
import dashboard from "../../messages/en/dashboard.json";
import reports from "../../messages/en/reports.json";
import admin from "../../messages/en/admin.json";
import security from "../../messages/en/security.json";
import ruCommon from "../../messages/ru/common.json";
import ruTracking from "../../messages/ru/tracking.json";
import ruTable from "../../messages/ru/table.json";
import ruDashboard from "../../messages/ru/dashboard.json";
import ruReports from "../../messages/ru/reports.json";
import ruAdmin from "../../messages/ru/admin.json";
import ruSecurity from "../../messages/ru/security.json";
import type { Locale } from "./locales";

/**
 * The English catalog, one file per area of the app (each file owns distinct top-level keys).
 * Every other language mirrors these files key for key (tests/unit/catalog-locales.test.ts).
 */
export const EN_MESSAGES = { ...common, ...tracking, ...table, ...dashboard, ...reports, ...admin, ...security };
export type Messages = typeof EN_MESSAGES;

/** Typed as the English catalog: a key missing from a translation fails the type check. */
const RU_MESSAGES: Messages = { ...ruCommon, ...ruTracking, ...ruTable, ...ruDashboard, ...ruReports, ...ruAdmin, ...ruSecurity };

export const MESSAGES: Record<Locale, Messages> = { en: EN_MESSAGES, ru: RU_MESSAGES };
