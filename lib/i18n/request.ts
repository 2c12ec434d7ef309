import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE } from "./locales";
import { EN_MESSAGES } from "./catalog";

// English only for now; Russian, Azerbaijani and Kazakh catalogs slot in here (locale from a cookie).
export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  timeZone: "UTC",
  messages: EN_MESSAGES,
}));
