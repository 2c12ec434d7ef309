import common from "../../messages/en/common.json";
import tracking from "../../messages/en/tracking.json";
import table from "../../messages/en/table.json";
import dashboard from "../../messages/en/dashboard.json";
import reports from "../../messages/en/reports.json";
import admin from "../../messages/en/admin.json";
import signin from "../../messages/en/signin.json";
import mail from "../../messages/en/mail.json";
import reach from "../../messages/en/reach.json";
import security from "../../messages/en/security.json";
import evidence from "../../messages/en/evidence.json";
import api from "../../messages/en/api.json";
import ruCommon from "../../messages/ru/common.json";
import ruTracking from "../../messages/ru/tracking.json";
import ruTable from "../../messages/ru/table.json";
import ruDashboard from "../../messages/ru/dashboard.json";
import ruReports from "../../messages/ru/reports.json";
import ruAdmin from "../../messages/ru/admin.json";
import ruSignin from "../../messages/ru/signin.json";
import ruMail from "../../messages/ru/mail.json";
import ruReach from "../../messages/ru/reach.json";
import ruSecurity from "../../messages/ru/security.json";
import ruEvidence from "../../messages/ru/evidence.json";
import ruApi from "../../messages/ru/api.json";
import azCommon from "../../messages/az/common.json";
import azTracking from "../../messages/az/tracking.json";
import azTable from "../../messages/az/table.json";
import azDashboard from "../../messages/az/dashboard.json";
import azReports from "../../messages/az/reports.json";
import azAdmin from "../../messages/az/admin.json";
import azSignin from "../../messages/az/signin.json";
import azMail from "../../messages/az/mail.json";
import azReach from "../../messages/az/reach.json";
import azSecurity from "../../messages/az/security.json";
import azEvidence from "../../messages/az/evidence.json";
import azApi from "../../messages/az/api.json";
import kkCommon from "../../messages/kk/common.json";
import kkTracking from "../../messages/kk/tracking.json";
import kkTable from "../../messages/kk/table.json";
import kkDashboard from "../../messages/kk/dashboard.json";
import kkReports from "../../messages/kk/reports.json";
import kkAdmin from "../../messages/kk/admin.json";
import kkSignin from "../../messages/kk/signin.json";
import kkMail from "../../messages/kk/mail.json";
import kkReach from "../../messages/kk/reach.json";
import kkSecurity from "../../messages/kk/security.json";
import kkEvidence from "../../messages/kk/evidence.json";
import kkApi from "../../messages/kk/api.json";
import azReview from "../../messages/az/_review.json";
import kkReview from "../../messages/kk/_review.json";
import type { Locale } from "./locales";

/** The catalog's files, one per area of the app (each file owns distinct top-level keys). */
export const CATALOG_FILE_NAMES = ["common", "tracking", "table", "dashboard", "reports", "admin", "signin", "mail", "reach", "security", "evidence", "api"] as const;
export type CatalogFileName = (typeof CATALOG_FILE_NAMES)[number];

const EN_FILES = { common, tracking, table, dashboard, reports, admin, signin, mail, reach, security, evidence, api };
const RU_FILES = { common: ruCommon, tracking: ruTracking, table: ruTable, dashboard: ruDashboard, reports: ruReports, admin: ruAdmin, signin: ruSignin, mail: ruMail, reach: ruReach, security: ruSecurity, evidence: ruEvidence, api: ruApi };
const AZ_FILES = { common: azCommon, tracking: azTracking, table: azTable, dashboard: azDashboard, reports: azReports, admin: azAdmin, signin: azSignin, mail: azMail, reach: azReach, security: azSecurity, evidence: azEvidence, api: azApi };
const KK_FILES = { common: kkCommon, tracking: kkTracking, table: kkTable, dashboard: kkDashboard, reports: kkReports, admin: kkAdmin, signin: kkSignin, mail: kkMail, reach: kkReach, security: kkSecurity, evidence: kkEvidence, api: kkApi };

/** Each language's catalog as its files hold it (the in-app review exports corrected files). */
export const CATALOG_FILES: Record<Locale, Record<CatalogFileName, object>> = { en: EN_FILES, ru: RU_FILES, az: AZ_FILES, kk: KK_FILES };

/**
 * The English catalog. Every other language mirrors its files key for key
 * (tests/unit/catalog-locales.test.ts).
 */
export const EN_MESSAGES = { ...common, ...tracking, ...table, ...dashboard, ...reports, ...admin, ...signin, ...mail, ...reach, ...security, ...evidence, ...api };
export type Messages = typeof EN_MESSAGES;

/** Typed as the English catalog: a key missing from a translation fails the type check. */
const RU_MESSAGES: Messages = { ...ruCommon, ...ruTracking, ...ruTable, ...ruDashboard, ...ruReports, ...ruAdmin, ...ruSignin, ...ruMail, ...ruReach, ...ruSecurity, ...ruEvidence, ...ruApi };
const AZ_MESSAGES: Messages = { ...azCommon, ...azTracking, ...azTable, ...azDashboard, ...azReports, ...azAdmin, ...azSignin, ...azMail, ...azReach, ...azSecurity, ...azEvidence, ...azApi };
const KK_MESSAGES: Messages = { ...kkCommon, ...kkTracking, ...kkTable, ...kkDashboard, ...kkReports, ...kkAdmin, ...kkSignin, ...kkMail, ...kkReach, ...kkSecurity, ...kkEvidence, ...kkApi };

export const MESSAGES: Record<Locale, Messages> = { az: AZ_MESSAGES, kk: KK_MESSAGES, ru: RU_MESSAGES, en: EN_MESSAGES };

/**
 * What a translator was unsure of, per language and message key (messages/<locale>/_review.json):
 * the in-app review lists these as needing review until an administrator settles them.
 */
export const REVIEW_NOTES: Record<Locale, Record<string, string>> = { en: {}, ru: {}, az: azReview, kk: kkReview };
