// Translations of the seed content in prisma/seed-data.ts: the titles and summaries of the
// 12 seed agreements and the names and descriptions of the 3 challenges, in Russian (ru),
// Azerbaijani in Latin script (az) and Kazakh in Cyrillic script (kk). The English text in
// seed-data.ts stays the source; these are its translations in official register.
//
// Pure data: no database code. Agreements are keyed by `reference`, challenges by `key`.
//
// Entries marked `needsReview: true` carry a short English `note` saying what to check (usually
// an official term a ministry may word differently). They appear in the in-app translation
// review so that a native-speaking official can confirm or correct them.

import type { SeedChallengeKey } from "../lib/domain/vocabulary";

export type ContentLocale = "ru" | "az" | "kk";

export type SeedText<F extends string> = { [K in F]: string } & { needsReview?: true; note?: string };

/** Titles and summaries of the seed agreements in Russian, Azerbaijani (Latin) and Kazakh (Cyrillic), keyed by reference. */
export const SEED_AGREEMENT_TEXTS: Readonly<Record<string, Record<ContentLocale, SeedText<"title" | "summary">>>> = {
  // ------------------------------------------------------------------------------ Energy
  "AZ-KZ-2025-ENE-01": {
    ru: {
      title: "Совместный инвестиционный механизм SOCAR и «Самрук-Казына»",
      summary:
        "Предусматривает создание совместного инвестиционного механизма Государственной нефтяной компании Азербайджанской Республики (SOCAR) и фонда национального благосостояния «Самрук-Казына». " +
        "Механизм придаёт долгосрочный и институциональный характер совместным инвестициям двух экспортёров энергоресурсов по обе стороны Каспийского моря.",
    },
    az: {
      title: "SOCAR ilə “Samruk-Kazyna” arasında birgə investisiya mexanizmi",
      summary:
        "Azərbaycan Respublikasının Dövlət Neft Şirkəti (SOCAR) ilə “Samruk-Kazyna” Milli Rifah Fondu arasında birgə investisiya mexanizminin yaradılmasını nəzərdə tutur. " +
        "Mexanizm Xəzər dənizinin hər iki sahilində yerləşən iki enerji ixracatçısının birgə investisiyalarına uzunmüddətli və institusional xarakter verir.",
      needsReview: true,
      note: "Check the form of the fund's name used in Azerbaijani official texts (“Samruk-Kazyna” vs “Samruk-Qazına”) and 'Milli Rifah Fondu'.",
    },
    kk: {
      title: "SOCAR мен «Самұрық-Қазына» арасындағы бірлескен инвестициялық тетік",
      summary:
        "Әзірбайжан Республикасының Мемлекеттік мұнай компаниясы (SOCAR) мен «Самұрық-Қазына» ұлттық әл-ауқат қоры арасында бірлескен инвестициялық тетік құруды көздейді. " +
        "Тетік Каспий теңізінің екі жағалауындағы екі энергия экспорттаушысының бірлескен инвестицияларына ұзақ мерзімді әрі институционалдық сипат береді.",
      needsReview: true,
      note: "Official Kazakh term for the fund's 'investment mechanism' (тетік vs механизм).",
    },
  },
  "AZ-KZ-2025-ENE-02": {
    ru: {
      title: "Совместное исследование энергетических рынков",
      summary:
        "Совместное исследование региональных и международных энергетических рынков, проводимое министерствами энергетики двух стран с использованием данных национальных нефтегазовых компаний. " +
        "Направлено на укрепление позиций обеих стран в ценообразовании и формировании правил на энергетических рынках, а также на обоснование новых вариантов поставок.",
    },
    az: {
      title: "Enerji bazarlarının birgə tədqiqi",
      summary:
        "İki ölkənin energetika nazirlikləri tərəfindən milli neft-qaz şirkətlərinin məlumatları əsasında regional və beynəlxalq enerji bazarlarının birgə tədqiqi. " +
        "Tədqiqat hər iki ölkənin enerji qiymətqoyması və qaydaların müəyyənləşdirilməsi prosesində mövqelərinin gücləndirilməsinə, habelə yeni təchizat variantlarının əsaslandırılmasına yönəlib.",
    },
    kk: {
      title: "Энергетика нарықтарын бірлескен зерттеу",
      summary:
        "Екі елдің энергетика министрліктері ұлттық мұнай-газ компанияларының деректерін пайдалана отырып жүргізетін өңірлік және халықаралық энергетика нарықтарын бірлескен зерттеу. " +
        "Зерттеу екі елдің энергия ресурстарына баға белгілеу мен қағидаларды әзірлеудегі ұстанымын нығайтуға және жаңа жеткізу нұсқаларын негіздеуге бағытталған.",
    },
  },
  "AZ-KZ-2025-ENE-03": {
    ru: {
      title: "Реализация новых совместных энергетических проектов",
      summary:
        "Дорожная карта по определению и реализации новых совместных энергетических проектов, финансируемых через инвестиционный механизм SOCAR и «Самрук-Казына». " +
        "Работа начинается после согласования перечня проектов, отобранных в рамках механизма.",
    },
    az: {
      title: "Yeni birgə enerji layihələrinin həyata keçirilməsi",
      summary:
        "SOCAR ilə “Samruk-Kazyna” arasındakı investisiya mexanizmi vasitəsilə maliyyələşdirilən yeni birgə enerji layihələrinin müəyyənləşdirilməsi və həyata keçirilməsi üzrə yol xəritəsi. " +
        "İşlərə mexanizm çərçivəsində seçilmiş layihələrin siyahısı razılaşdırıldıqdan sonra başlanılır.",
      needsReview: true,
      note: "Same fund-name check as AZ-KZ-2025-ENE-01 (“Samruk-Kazyna” in Azerbaijani official usage).",
    },
    kk: {
      title: "Жаңа бірлескен энергетикалық жобаларды іске асыру",
      summary:
        "SOCAR мен «Самұрық-Қазына» арасындағы инвестициялық тетік арқылы қаржыландырылатын жаңа бірлескен энергетикалық жобаларды айқындау және іске асыру жөніндегі жол картасы. " +
        "Жұмыс тетік шеңберінде іріктелген жобалардың тізбесі келісілгеннен кейін басталады.",
    },
  },
  "AZ-KZ-2025-ENE-04": {
    ru: {
      title: "Новые маршруты транспортировки энергоресурсов и схемы поставок через Каспий",
      summary:
        "Предусматривает развитие новых транскаспийских маршрутов транспортировки энергоресурсов и схем поставок в целях снижения зависимости от единственного маршрута транзита. " +
        "Отвечает на потребность Европы в альтернативах российским энергоресурсам.",
      needsReview: true,
      note: "English 'supply combinations' rendered as 'схемы поставок'; check the wording the energy ministries use.",
    },
    az: {
      title: "Xəzər dənizi vasitəsilə yeni enerji nəqli marşrutları və təchizat sxemləri",
      summary:
        "Yeganə tranzit marşrutundan asılılığı azaltmaq məqsədilə Xəzər dənizindən keçən yeni enerji nəqli marşrutlarının və təchizat sxemlərinin inkişafını nəzərdə tutur. " +
        "Avropanın Rusiya enerji resurslarına alternativ mənbələrə olan tələbatına cavab verir.",
    },
    kk: {
      title: "Каспий арқылы энергия ресурстарын тасымалдаудың жаңа бағыттары мен жеткізу схемалары",
      summary:
        "Бір ғана транзиттік бағытқа тәуелділікті азайту мақсатында Каспий арқылы өтетін энергия ресурстарын тасымалдаудың жаңа бағыттары мен жеткізу схемаларын дамытуды көздейді. " +
        "Еуропаның ресейлік энергия ресурстарына балама көздерге деген сұранысына жауап береді.",
    },
  },

  // ------------------------------------------------------------------------------ Transport
  "AZ-KZ-2025-TRN-01": {
    ru: {
      title: "«Средний коридор» (Транскаспийский международный транспортный маршрут): грузоперевозки между портами Баку и Актау",
      summary:
        "Предусматривает оптимизацию грузоперевозок между портами Баку и Актау в рамках «Среднего коридора» — транскаспийского маршрута, связывающего Восточную Азию и Европу (в статье он также называется «Центральным коридором»). " +
        "Охватывает расписание движения судов, тарифы, обработку грузов в портах и железнодорожное сообщение на обоих берегах.",
    },
    az: {
      title: "Orta Dəhliz (Transxəzər Beynəlxalq Nəqliyyat Marşrutu): Bakı və Aktau limanları arasında yükdaşımalar",
      summary:
        "Şərqi Asiya ilə Avropanı birləşdirən Transxəzər marşrutu olan Orta Dəhliz çərçivəsində Bakı və Aktau limanları arasında yükdaşımaların optimallaşdırılmasını nəzərdə tutur (məqalədə o, həm də Mərkəzi Dəhliz adlandırılır). " +
        "Gəmilərin hərəkət cədvəllərini, tarifləri, limanlarda yükaşırma əməliyyatlarını və hər iki sahildə dəmir yolu əlaqələrini əhatə edir.",
    },
    kk: {
      title: "«Орта дәліз» (Транскаспий халықаралық көлік бағыты): Баку және Ақтау порттары арасындағы жүк тасымалы",
      summary:
        "Шығыс Азия мен Еуропаны байланыстыратын транскаспий бағыты — «Орта дәліз» шеңберінде Баку және Ақтау порттары арасындағы жүк тасымалын оңтайландыруды көздейді (мақалада ол «Орталық дәліз» деп те аталады). " +
        "Кемелер қозғалысының кестесін, тарифтерді, порттардағы жүк өңдеуді және екі жағалаудағы темір жол қатынасын қамтиды.",
      needsReview: true,
      note: "Official Kazakh name of the Trans-Caspian International Transport Route (Транскаспий халықаралық көлік бағыты vs ...маршруты).",
    },
  },
  "AZ-KZ-2025-TRN-02": {
    ru: {
      title: "Транзит казахстанской продукции через территорию Азербайджана",
      summary:
        "Предусматривает содействие транзиту казахстанской продукции через территорию Азербайджана в другие регионы. " +
        "Направлено на переход обеих стран от роли транзитных каналов к роли интеграторов цепочек добавленной стоимости.",
      needsReview: true,
      note: "Check the phrasing of 'channel providers' and 'value chain integrators' in Russian official usage.",
    },
    az: {
      title: "Qazaxıstan məhsullarının Azərbaycan ərazisindən tranziti",
      summary:
        "Qazaxıstan məhsullarının Azərbaycan ərazisindən digər regionlara tranzitinin asanlaşdırılmasını nəzərdə tutur. " +
        "Hər iki ölkənin sadəcə tranzit kanalı rolundan əlavə dəyər zəncirlərinin inteqratoru roluna keçidinə yönəlib.",
    },
    kk: {
      title: "Қазақстан өнімдерінің Әзірбайжан аумағы арқылы транзиті",
      summary:
        "Қазақстан өнімдерін Әзірбайжан аумағы арқылы басқа өңірлерге транзиттеуге жәрдемдесуді көздейді. " +
        "Екі елдің жай ғана транзиттік арна рөлінен қосылған құн тізбектерін біріктіруші рөліне көшуіне бағытталған.",
      needsReview: true,
      note: "Kazakh term for 'value chain integrator' (қосылған құн тізбектерін біріктіруші vs интегратор).",
    },
  },

  // ------------------------------------------------------------------------------ Digital
  "AZ-KZ-2025-DIG-01": {
    ru: {
      title: "Сотрудничество в сфере цифрового управления",
      summary:
        "Совместная работа над моделями цифрового управления, включая вопросы безопасности данных, цифрового суверенитета и технических стандартов. " +
        "Содействует развитию «умного правительства» в обеих странах.",
    },
    az: {
      title: "Rəqəmsal idarəetmə sahəsində əməkdaşlıq",
      summary:
        "Məlumat təhlükəsizliyi, rəqəmsal suverenlik və texniki standartlar daxil olmaqla, rəqəmsal idarəetmə modelləri üzrə birgə iş. " +
        "Hər iki ölkədə “ağıllı hökumət” sisteminin inkişafına dəstək verir.",
    },
    kk: {
      title: "Цифрлық басқару саласындағы ынтымақтастық",
      summary:
        "Деректер қауіпсіздігі, цифрлық егемендік және техникалық стандарттар мәселелерін қоса алғанда, цифрлық басқару модельдері бойынша бірлескен жұмыс. " +
        "Екі елде «ақылды үкімет» жүйесін дамытуға жәрдемдеседі.",
      needsReview: true,
      note: "Check the Kazakh term the digital ministry uses for 'smart government' («ақылды үкімет»).",
    },
  },
  "AZ-KZ-2025-DIG-02": {
    ru: {
      title: "Сотрудничество в сфере электронных государственных услуг",
      summary:
        "Обмен опытом в сфере электронных государственных услуг и пилотный запуск трансграничной электронной услуги для граждан и субъектов предпринимательства обеих стран.",
    },
    az: {
      title: "Elektron dövlət xidmətləri sahəsində əməkdaşlıq",
      summary:
        "Elektron dövlət xidmətləri sahəsində təcrübə mübadiləsi və hər iki ölkənin vətəndaşları və sahibkarlıq subyektləri üçün transsərhəd elektron xidmətin pilot qaydada tətbiqi.",
    },
    kk: {
      title: "Электрондық мемлекеттік қызметтер саласындағы ынтымақтастық",
      summary:
        "Электрондық мемлекеттік қызметтер саласында тәжірибе алмасу және екі елдің азаматтары мен кәсіпкерлік субъектілері үшін трансшекаралық электрондық қызметті пилоттық режимде іске қосу.",
    },
  },
  "AZ-KZ-2025-DIG-03": {
    ru: {
      title: "Применение искусственного интеллекта в государственных органах",
      summary:
        "Совместная программа по применению искусственного интеллекта в государственных органах: общие сценарии использования, руководящие принципы ответственного применения и пилотные проекты.",
    },
    az: {
      title: "Dövlət qurumlarında süni intellektin tətbiqi",
      summary:
        "Dövlət qurumlarında süni intellektin tətbiqi üzrə birgə proqram: ümumi istifadə ssenariləri, məsuliyyətli istifadəyə dair rəhbər prinsiplər və pilot layihələr.",
    },
    kk: {
      title: "Мемлекеттік органдарда жасанды интеллектіні қолдану",
      summary:
        "Мемлекеттік органдарда жасанды интеллектіні қолдану жөніндегі бірлескен бағдарлама: ортақ қолдану сценарийлері, жауапкершілікпен пайдалану жөніндегі ұсынымдар және пилоттық жобалар.",
    },
  },

  // ------------------------------------------------------------------------------ Culture
  "AZ-KZ-2025-CUL-01": {
    ru: {
      title: "Программа культурного сотрудничества",
      summary:
        "Программа культурных обменов между Азербайджаном и Казахстаном, основанная на общей истории и культуре и направленная на укрепление общественных связей.",
    },
    az: {
      title: "Mədəni əməkdaşlıq proqramı",
      summary:
        "Azərbaycan ilə Qazaxıstan arasında ortaq tarix və mədəniyyətə əsaslanan, ictimai əlaqələrin möhkəmləndirilməsinə yönəlmiş mədəni mübadilə proqramı.",
    },
    kk: {
      title: "Мәдени ынтымақтастық бағдарламасы",
      summary:
        "Әзірбайжан мен Қазақстан арасындағы ортақ тарих пен мәдениетке негізделген, қоғамдық байланыстарды нығайтуға бағытталған мәдени алмасу бағдарламасы.",
    },
  },

  // ------------------------------------------------------------------------------ Education
  "AZ-KZ-2025-EDU-01": {
    ru: {
      title: "Сотрудничество в сфере образования и академической мобильности",
      summary:
        "Сотрудничество в сфере высшего образования: академическая мобильность студентов и сотрудников, партнёрство между университетами и признание документов об образовании.",
    },
    az: {
      title: "Təhsil və akademik mobillik sahəsində əməkdaşlıq",
      summary:
        "Ali təhsil sahəsində əməkdaşlıq: tələbə və əməkdaş mobilliyi, universitetlər arasında tərəfdaşlıq və təhsil sənədlərinin tanınması.",
    },
    kk: {
      title: "Білім беру және академиялық ұтқырлық саласындағы ынтымақтастық",
      summary:
        "Жоғары білім саласындағы ынтымақтастық: студенттер мен қызметкерлердің академиялық ұтқырлығы, университеттер арасындағы әріптестік және білім туралы құжаттарды тану.",
    },
  },

  // ------------------------------------------------------------------------------ Youth policy
  "AZ-KZ-2025-YTH-01": {
    ru: {
      title: "Сотрудничество в сфере молодёжной политики",
      summary:
        "Молодёжные обмены и совместные молодёжные мероприятия Азербайджана и Казахстана, направленные на укрепление связей между народами двух стран.",
    },
    az: {
      title: "Gənclər siyasəti sahəsində əməkdaşlıq",
      summary:
        "Xalqlar arasında əlaqələrin möhkəmləndirilməsi məqsədilə Azərbaycan ilə Qazaxıstan arasında gənclər mübadilələri və birgə gənclər tədbirləri.",
    },
    kk: {
      title: "Жастар саясаты саласындағы ынтымақтастық",
      summary:
        "Халықтар арасындағы байланыстарды нығайту мақсатында Әзірбайжан мен Қазақстан арасындағы жастар алмасуы және бірлескен жастар іс-шаралары.",
    },
  },
};

/** Names and descriptions of the three challenges, keyed by challenge key. */
export const SEED_CHALLENGE_TEXTS: Readonly<Record<SeedChallengeKey, Record<ContentLocale, SeedText<"name" | "description">>>> = {
  infrastructure_funding: {
    ru: {
      name: "Инфраструктурная и финансовая нагрузка",
      description:
        "Для полноценного функционирования Среднего (Центрального) коридора требуются значительные инвестиции в модернизацию портов, железных дорог, складской и иной инфраструктуры, " +
        "а также в обеспечение провозной способности и эффективности паромов на Каспийском море.",
    },
    az: {
      name: "İnfrastruktur və maliyyələşmə ilə bağlı çətinliklər",
      description:
        "Orta (Mərkəzi) Dəhlizin tam fəaliyyəti limanların, dəmir yollarının, anbar təsərrüfatının və digər obyektlərin modernləşdirilməsinə, " +
        "habelə Xəzər dənizində bərələrin daşıma qabiliyyətinin və səmərəliliyinin təmin edilməsinə əhəmiyyətli investisiyalar tələb edir.",
    },
    kk: {
      name: "Инфрақұрылымдық және қаржылық жүктеме",
      description:
        "Орта (Орталық) дәліздің толыққанды жұмыс істеуі порттарды, темір жолдарды, қойма шаруашылығын және өзге де объектілерді жаңғыртуға, " +
        "сондай-ақ Каспий теңізіндегі паромдардың өткізу қабілеті мен тиімділігін қамтамасыз етуге айтарлықтай инвестицияларды талап етеді.",
    },
  },
  great_power_balance: {
    ru: {
      name: "Соблюдение баланса в отношениях с крупными державами",
      description:
        "Любой крупный проект сотрудничества в регионе привлекает внимание России, Китая, Европейского союза и других стран; " +
        "его реализация требует взвешенной дипломатии для обеспечения баланса интересов всех сторон.",
    },
    az: {
      name: "Böyük dövlətlərlə münasibətlərdə tarazlığın qorunması",
      description:
        "Regionda hər hansı iri əməkdaşlıq layihəsi Rusiya, Çin, Avropa İttifaqı və digər ölkələrin diqqətini cəlb edir; " +
        "onun həyata keçirilməsi bütün tərəflərin maraqlarının tarazlaşdırılması üçün incə diplomatiya tələb edir.",
    },
    kk: {
      name: "Ірі державалармен қарым-қатынаста теңгерімді сақтау",
      description:
        "Өңірдегі кез келген ірі ынтымақтастық жобасы Ресейдің, Қытайдың, Еуропалық Одақтың және басқа да елдердің назарын өзіне аударады; " +
        "оны іске асыру барлық тараптардың мүдделерін теңгеру үшін сарабдал дипломатияны талап етеді.",
      needsReview: true,
      note: "Check the term for 'great powers' preferred by the Foreign Ministry (ірі державалар vs алпауыт мемлекеттер).",
    },
  },
  internal_reform: {
    ru: {
      name: "Внутренние реформы и координация",
      description:
        "Эффективная реализация зависит от институциональных реформ, улучшения делового климата и последовательного проведения политики в обеих странах.",
    },
    az: {
      name: "Daxili islahatlar və koordinasiya",
      description:
        "Səmərəli icra hər iki ölkədə institusional islahatlardan, biznes mühitinin yaxşılaşdırılmasından və ardıcıl siyasətin həyata keçirilməsindən asılıdır.",
    },
    kk: {
      name: "Ішкі реформалар және үйлестіру",
      description:
        "Тиімді іске асыру екі елдегі институционалдық реформаларға, бизнес-ахуалды жақсартуға және саясаттың дәйекті жүргізілуіне байланысты.",
    },
  },
};
