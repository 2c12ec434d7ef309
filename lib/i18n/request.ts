import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE } from "./locales";

// English only for now; Russian, Azerbaijani and Kazakh catalogs slot in here (locale from a cookie).
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "UTC",
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
