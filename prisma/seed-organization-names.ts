// Names of the 19 seed organizations in prisma/seed-data.ts in Russian (ru), Azerbaijani in Latin
// script (az) and Kazakh in Cyrillic script (kk), each with its full official name and the short
// form used in that language. The English `name` in seed-data.ts stays the original; for an
// organization's own language the name here is exactly its `localName` there.
//
// Pure data: no database code. Organizations are keyed by their `key` in SEED_ORGANIZATIONS.
//
// Entries marked `needsReview: true` carry a short English `note` saying what to check (usually
// how one country's official texts render the other country's company or ministry). They appear
// in the in-app translation review so that a native-speaking official can confirm or correct them.

import type { ContentLocale, SeedText } from "./seed-translations";

/** Each seed organization's name and short name in Russian, Azerbaijani (Latin) and Kazakh (Cyrillic), keyed by its key. */
export const SEED_ORGANIZATION_NAMES: Readonly<Record<string, Record<ContentLocale, SeedText<"name" | "shortName">>>> = {
  // ------------------------------------------------------------------------------ Azerbaijan
  socar: {
    ru: { name: "Государственная нефтяная компания Азербайджанской Республики", shortName: "SOCAR" },
    az: { name: "Azərbaycan Respublikası Dövlət Neft Şirkəti", shortName: "ARDNŞ" },
    kk: { name: "Әзірбайжан Республикасының Мемлекеттік мұнай компаниясы", shortName: "SOCAR" },
  },
  "az-energy": {
    ru: { name: "Министерство энергетики Азербайджанской Республики", shortName: "Минэнерго (АР)" },
    az: { name: "Azərbaycan Respublikasının Energetika Nazirliyi", shortName: "Energetika Nazirliyi (AR)" },
    kk: { name: "Әзірбайжан Республикасының Энергетика министрлігі", shortName: "Энергетика министрлігі (ӘР)" },
  },
  "az-digital": {
    ru: {
      name: "Министерство цифрового развития и транспорта Азербайджанской Республики",
      shortName: "Минцифры и транспорта (АР)",
    },
    az: {
      name: "Azərbaycan Respublikasının Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi",
      shortName: "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi (AR)",
    },
    kk: {
      name: "Әзірбайжан Республикасының Цифрлық даму және көлік министрлігі",
      shortName: "Цифрлық даму және көлік министрлігі (ӘР)",
    },
  },
  "baku-port": {
    ru: { name: "Бакинский международный морской торговый порт", shortName: "Бакинский порт" },
    az: { name: "Bakı Beynəlxalq Dəniz Ticarət Limanı", shortName: "Bakı Limanı" },
    kk: { name: "Баку халықаралық теңіз сауда порты", shortName: "Баку порты" },
  },
  ady: {
    ru: { name: "Азербайджанские железные дороги", shortName: "АЖД" },
    az: { name: "Azərbaycan Dəmir Yolları", shortName: "ADY" },
    kk: {
      name: "Әзірбайжан темір жолдары",
      shortName: "ADY",
      needsReview: true,
      note: "Check the Kazakh form of the company's name and whether Kazakh official texts keep the Latin abbreviation 'ADY'.",
    },
  },
  asco: {
    ru: { name: "Азербайджанское Каспийское морское пароходство", shortName: "ASCO" },
    az: { name: "Azərbaycan Xəzər Dəniz Gəmiçiliyi", shortName: "ASCO" },
    kk: {
      name: "Әзірбайжан Каспий теңіз кеме қатынасы",
      shortName: "ASCO",
      needsReview: true,
      note: "Kazakh rendering of 'shipping company' (теңіз кеме қатынасы vs кеме қатынасы компаниясы).",
    },
  },
  "az-culture": {
    ru: { name: "Министерство культуры Азербайджанской Республики", shortName: "Минкультуры (АР)" },
    az: { name: "Azərbaycan Respublikasının Mədəniyyət Nazirliyi", shortName: "Mədəniyyət Nazirliyi (AR)" },
    kk: { name: "Әзірбайжан Республикасының Мәдениет министрлігі", shortName: "Мәдениет министрлігі (ӘР)" },
  },
  "az-education": {
    ru: { name: "Министерство науки и образования Азербайджанской Республики", shortName: "Минобрнауки (АР)" },
    az: { name: "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi", shortName: "Elm və Təhsil Nazirliyi (AR)" },
    kk: {
      name: "Әзірбайжан Республикасының Ғылым және білім министрлігі",
      shortName: "Ғылым және білім министрлігі (ӘР)",
    },
  },
  "az-youth": {
    ru: {
      name: "Министерство молодежи и спорта Азербайджанской Республики",
      shortName: "Минмолодежи и спорта (АР)",
    },
    az: { name: "Azərbaycan Respublikasının Gənclər və İdman Nazirliyi", shortName: "Gənclər və İdman Nazirliyi (AR)" },
    kk: {
      name: "Әзірбайжан Республикасының Жастар және спорт министрлігі",
      shortName: "Жастар және спорт министрлігі (ӘР)",
    },
  },

  // ------------------------------------------------------------------------------ Kazakhstan
  "samruk-kazyna": {
    ru: { name: "АО «Фонд национального благосостояния «Самрук-Казына»»", shortName: "Самрук-Казына" },
    az: {
      name: "“Samruk-Kazyna” Milli Rifah Fondu",
      shortName: "Samruk-Kazyna",
      needsReview: true,
      note: "Check the form of the fund's name used in Azerbaijani official texts (“Samruk-Kazyna” vs “Samruk-Qazına”).",
    },
    kk: { name: "«Самұрық-Қазына» ұлттық әл-ауқат қоры", shortName: "Самұрық-Қазына" },
  },
  kmg: {
    ru: { name: "АО «Национальная компания «КазМунайГаз»»", shortName: "КМГ" },
    az: {
      name: "“QazMunayQaz” Milli Şirkəti",
      shortName: "QazMunayQaz",
      needsReview: true,
      note: "Check the spelling used in Azerbaijani official texts (“QazMunayQaz” vs “KazMunayGaz”).",
    },
    kk: { name: "«ҚазМұнайГаз» ұлттық компаниясы", shortName: "ҚМГ" },
  },
  "kz-energy": {
    ru: { name: "Министерство энергетики Республики Казахстан", shortName: "Минэнерго РК" },
    az: { name: "Qazaxıstan Respublikasının Energetika Nazirliyi", shortName: "Energetika Nazirliyi (QR)" },
    kk: { name: "Қазақстан Республикасының Энергетика министрлігі", shortName: "ҚР Энергетика министрлігі" },
  },
  "kz-digital": {
    ru: {
      name: "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
      shortName: "МЦРИАП РК",
    },
    az: {
      name: "Qazaxıstan Respublikasının Rəqəmsal İnkişaf, İnnovasiyalar və Aerokosmik Sənaye Nazirliyi",
      shortName: "Rəqəmsal İnkişaf Nazirliyi (QR)",
      needsReview: true,
      note: "Azerbaijani rendering of 'Innovation and Aerospace Industry' in the ministry's name.",
    },
    kk: {
      name: "Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
      shortName: "ҚР ЦДИАӨМ",
      needsReview: true,
      note: "Confirm the ministry's official Kazakh abbreviation (ЦДИАӨМ).",
    },
  },
  "kz-transport": {
    ru: { name: "Министерство транспорта Республики Казахстан", shortName: "Минтранс РК" },
    az: { name: "Qazaxıstan Respublikasının Nəqliyyat Nazirliyi", shortName: "Nəqliyyat Nazirliyi (QR)" },
    kk: { name: "Қазақстан Республикасының Көлік министрлігі", shortName: "ҚР Көлік министрлігі" },
  },
  "kz-trade": {
    ru: { name: "Министерство торговли и интеграции Республики Казахстан", shortName: "МТИ РК" },
    az: {
      name: "Qazaxıstan Respublikasının Ticarət və İnteqrasiya Nazirliyi",
      shortName: "Ticarət və İnteqrasiya Nazirliyi (QR)",
    },
    kk: { name: "Қазақстан Республикасының Сауда және интеграция министрлігі", shortName: "ҚР Сауда және интеграция министрлігі" },
  },
  "aktau-port": {
    ru: { name: "Актауский международный морской торговый порт", shortName: "Порт Актау" },
    az: { name: "Aktau Beynəlxalq Dəniz Ticarət Limanı", shortName: "Aktau Limanı" },
    kk: { name: "Ақтау халықаралық теңіз сауда порты", shortName: "Ақтау порты" },
  },
  ktz: {
    ru: { name: "АО «Национальная компания «Қазақстан темір жолы»»", shortName: "КТЖ" },
    az: {
      name: "“Qazaxıstan Temir Jolı” Milli Şirkəti",
      shortName: "KTZ",
      needsReview: true,
      note: "Check how Azerbaijani official texts render the company's name (“Qazaxıstan Temir Jolı” vs “Kazakhstan Temir Zholy”).",
    },
    kk: { name: "«Қазақстан темір жолы» ұлттық компаниясы", shortName: "ҚТЖ" },
  },
  "kz-culture": {
    ru: { name: "Министерство культуры и информации Республики Казахстан", shortName: "МКИ РК" },
    az: {
      name: "Qazaxıstan Respublikasının Mədəniyyət və İnformasiya Nazirliyi",
      shortName: "Mədəniyyət və İnformasiya Nazirliyi (QR)",
    },
    kk: { name: "Қазақстан Республикасының Мәдениет және ақпарат министрлігі", shortName: "ҚР Мәдениет және ақпарат министрлігі" },
  },
  "kz-science": {
    ru: { name: "Министерство науки и высшего образования Республики Казахстан", shortName: "МНВО РК" },
    az: { name: "Qazaxıstan Respublikasının Elm və Ali Təhsil Nazirliyi", shortName: "Elm və Ali Təhsil Nazirliyi (QR)" },
    kk: {
      name: "Қазақстан Республикасының Ғылым және жоғары білім министрлігі",
      shortName: "ҚР Ғылым және жоғары білім министрлігі",
    },
  },
};
