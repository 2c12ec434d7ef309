import common from "../../messages/en/common.json";
import tracking from "../../messages/en/tracking.json";
import table from "../../messages/en/table.json";
import dashboard from "../../messages/en/dashboard.json";
import reports from "../../messages/en/reports.json";
import admin from "../../messages/en/admin.json";

/**
 * The English catalog, one file per area of the app (each file owns distinct top-level keys).
 * Other languages will mirror these files.
 */
export const EN_MESSAGES = { ...common, ...tracking, ...table, ...dashboard, ...reports, ...admin };
export type Messages = typeof EN_MESSAGES;
