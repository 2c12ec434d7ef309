// Seed data for Accord: the visit, organizations, challenges and agreements described in the
// source article (/work/shared/source/visit-article.txt), plus an illustrative ("demo") initial
// implementation state. Pure data: no database code. The loader lives in prisma/seed.ts.
//
// Conventions:
// - Dates are calendar dates, YYYY-MM-DD.
// - `sourceExcerpt` is quoted verbatim from the article. The article twice writes "Afghanistan"
//   where it means Azerbaijan; that wording is kept only inside quotations. Everywhere else the
//   data says Azerbaijan.
// - The initial status, progress, assessments and milestones are demo data: every initial note
//   starts with DEMO_NOTE_PREFIX so users can see it is not a real report.

import type {
  AgreementStatus,
  Area,
  Country,
  InstrumentType,
  OrganizationKind,
  SeedChallengeKey,
  Severity,
} from "../lib/domain/vocabulary";

export type SeedVisit = {
  slug: string;
  title: string;
  hostCountry: Country;
  guestCountry: Country;
  place: string;
  startDate: string; // YYYY-MM-DD
  endDate: string;
  description: string;
};

export type SeedOrganization = {
  key: string;
  name: string;
  shortName: string;
  country: Country;
  kind: OrganizationKind;
};

export type SeedChallenge = {
  key: SeedChallengeKey;
  name: string;
  description: string;
  sortOrder: number;
};

export type SeedAssessment = { severity: Severity; note: string; mitigation: string };

export type SeedMilestone = { title: string; dueDate: string; doneDate?: string; evidence?: string };

export type SeedAgreement = {
  /** AZ-KZ-2025-<AREA_CODE>-NN, numbered per area from 01. */
  reference: string;
  title: string;
  area: Area;
  instrumentType: InstrumentType;
  /** The visit date. */
  signedDate: string;
  /** 1-3 sentences: what the agreement is for. */
  summary: string;
  /** Verbatim quotation from the source article (the sentence or sentences naming it). */
  sourceExcerpt: string;
  /** An organization key. */
  leadOrganization: string;
  /** Organization keys, at least one AZ and one KZ; the lead is included. */
  parties: string[];
  targetDate: string;
  initial: {
    status: AgreementStatus;
    progress: number;
    note: string;
    assessments: Record<SeedChallengeKey, SeedAssessment>;
  };
  milestones: SeedMilestone[];
};

/** Text prefixed to every initial status note so people see the initial state is demo data. */
export const DEMO_NOTE_PREFIX: string = "[Demo data] ";

const SIGNED = "2025-10-22";

// ---------------------------------------------------------------------------------------------
// Visit
// ---------------------------------------------------------------------------------------------

export const SEED_VISIT: SeedVisit = {
  slug: "aliyev-kazakhstan-2025",
  title: "Official visit of President Ilham Aliyev to Kazakhstan",
  hostCountry: "KZ",
  guestCountry: "AZ",
  place: "Astana",
  startDate: "2025-10-22",
  endDate: "2025-10-23",
  description:
    "Official visit of the President of the Republic of Azerbaijan, Ilham Aliyev, to the Republic of Kazakhstan. " +
    "The sides reached cooperation agreements on energy security, transcontinental connectivity (the Middle Corridor), " +
    "digital transformation and artificial intelligence, and people-to-people exchanges in culture, education and youth policy. " +
    "Source: Times Tengri analysis published on 24 October 2025.",
};

// ---------------------------------------------------------------------------------------------
// Organizations: those the article names, plus the bodies that lead each area on each side.
// Their names in Russian, Azerbaijani and Kazakh: prisma/seed-organization-names.ts.
// ---------------------------------------------------------------------------------------------

export const SEED_ORGANIZATIONS: readonly SeedOrganization[] = [
  // Azerbaijan
  {
    key: "socar",
    name: "State Oil Company of the Republic of Azerbaijan",
    shortName: "SOCAR",
    country: "AZ",
    kind: "state_company",
  },
  {
    key: "az-energy",
    name: "Ministry of Energy of the Republic of Azerbaijan",
    shortName: "Ministry of Energy (AZ)",
    country: "AZ",
    kind: "ministry",
  },
  {
    key: "az-digital",
    name: "Ministry of Digital Development and Transport of the Republic of Azerbaijan",
    shortName: "Ministry of Digital Development and Transport (AZ)",
    country: "AZ",
    kind: "ministry",
  },
  {
    key: "baku-port",
    name: "Baku International Sea Trade Port",
    shortName: "Port of Baku",
    country: "AZ",
    kind: "state_company",
  },
  {
    key: "ady",
    name: "Azerbaijan Railways",
    shortName: "ADY",
    country: "AZ",
    kind: "state_company",
  },
  {
    key: "asco",
    name: "Azerbaijan Caspian Shipping Company",
    shortName: "ASCO",
    country: "AZ",
    kind: "state_company",
  },
  {
    key: "az-culture",
    name: "Ministry of Culture of the Republic of Azerbaijan",
    shortName: "Ministry of Culture (AZ)",
    country: "AZ",
    kind: "ministry",
  },
  {
    key: "az-education",
    name: "Ministry of Science and Education of the Republic of Azerbaijan",
    shortName: "Ministry of Science and Education (AZ)",
    country: "AZ",
    kind: "ministry",
  },
  {
    key: "az-youth",
    name: "Ministry of Youth and Sports of the Republic of Azerbaijan",
    shortName: "Ministry of Youth and Sports (AZ)",
    country: "AZ",
    kind: "ministry",
  },

  // Kazakhstan
  {
    key: "samruk-kazyna",
    name: "Samruk-Kazyna Sovereign Wealth Fund",
    shortName: "Samruk-Kazyna",
    country: "KZ",
    kind: "fund",
  },
  {
    key: "kmg",
    name: "KazMunayGas National Company",
    shortName: "KMG",
    country: "KZ",
    kind: "state_company",
  },
  {
    key: "kz-energy",
    name: "Ministry of Energy of the Republic of Kazakhstan",
    shortName: "Ministry of Energy (KZ)",
    country: "KZ",
    kind: "ministry",
  },
  {
    key: "kz-digital",
    name: "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan",
    shortName: "Ministry of Digital Development (KZ)",
    country: "KZ",
    kind: "ministry",
  },
  {
    key: "kz-transport",
    name: "Ministry of Transport of the Republic of Kazakhstan",
    shortName: "Ministry of Transport (KZ)",
    country: "KZ",
    kind: "ministry",
  },
  {
    key: "kz-trade",
    name: "Ministry of Trade and Integration of the Republic of Kazakhstan",
    shortName: "Ministry of Trade and Integration (KZ)",
    country: "KZ",
    kind: "ministry",
  },
  {
    key: "aktau-port",
    name: "Aktau International Sea Commercial Port",
    shortName: "Port of Aktau",
    country: "KZ",
    kind: "state_company",
  },
  {
    key: "ktz",
    name: "Kazakhstan Temir Zholy",
    shortName: "KTZ",
    country: "KZ",
    kind: "state_company",
  },
  {
    key: "kz-culture",
    name: "Ministry of Culture and Information of the Republic of Kazakhstan",
    shortName: "Ministry of Culture and Information (KZ)",
    country: "KZ",
    kind: "ministry",
  },
  {
    key: "kz-science",
    name: "Ministry of Science and Higher Education of the Republic of Kazakhstan",
    shortName: "Ministry of Science and Higher Education (KZ)",
    country: "KZ",
    kind: "ministry",
  },
];

// ---------------------------------------------------------------------------------------------
// Challenges: section V of the article.
// ---------------------------------------------------------------------------------------------

export const SEED_CHALLENGES: readonly SeedChallenge[] = [
  {
    key: "infrastructure_funding",
    name: "Infrastructure and funding pressures",
    description:
      "Full operation of the Middle (Central) Corridor requires significant investment to upgrade ports, railways, " +
      "warehousing and other facilities, and to ensure the capacity and efficiency of Caspian Sea ferries.",
    sortOrder: 1,
  },
  {
    key: "great_power_balance",
    name: "Balancing great-power relations",
    description:
      "Any major cooperation project in the region attracts the attention of Russia, China, the EU and other countries; " +
      "implementation needs careful diplomacy to balance the interests of all parties.",
    sortOrder: 2,
  },
  {
    key: "internal_reform",
    name: "Internal reform and coordination",
    description:
      "Effective implementation depends on institutional reforms, improvements to the business environment and " +
      "consistent policy implementation in both countries.",
    sortOrder: 3,
  },
];

// ---------------------------------------------------------------------------------------------
// Agreements. Source excerpts are verbatim from the article.
// ---------------------------------------------------------------------------------------------

const EXCERPT_ENERGY_MECHANISM =
  "The agreement reached between the Azerbaijan State Oil Company (SOCAR) and the Kazakhstan Sovereign Wealth Fund on establishing a joint investment mechanism marks the institutionalization and long-term nature of cooperation between the two major energy exporters on both sides of the Caspian Sea.";

const EXCERPT_ENERGY_RESEARCH_PROJECTS =
  "Joint energy market research and the implementation of new projects will not only enhance the two countries' voice in international energy pricing and rule-making, but also provide Eurasian energy consumers with more diversified supply options, helping to mitigate market volatility caused by geopolitical conflicts.";

const EXCERPT_ENERGY_ROUTES =
  "As global energy markets face restructuring due to the Ukrainian crisis and Europe seeks alternatives to Russian energy, cooperation between Azerbaijan and Kazakhstan will help develop new energy transmission routes and supply combinations.";

const EXCERPT_MIDDLE_CORRIDOR =
  'The Middle Corridor (also known as the "Middle Corridor") project, highlighted by the two leaders, was a strategic pillar of their visit. The initiative aims to establish an efficient trans-Caspian logistics route connecting East Asia and Europe by optimizing cargo transportation between the ports of Baku and Aktau.';

const EXCERPT_TRANSIT =
  "Discussions regarding the transit of Kazakhstani products through Azerbaijan to other regions demonstrate that both countries are transitioning from mere channel providers to value chain integrators, seeking to play a more central role in the regional economy.";

const EXCERPT_DIGITAL_FULL =
  "The agreements signed in the areas of digital transformation and artificial intelligence reflect the two countries' forward-looking approach to addressing 21st-century challenges. The cooperation encompasses digital governance, e-services, and the application of AI technologies in state institutions.";

const EXCERPT_DIGITAL_SCOPE =
  "The cooperation encompasses digital governance, e-services, and the application of AI technologies in state institutions.";

const EXCERPT_PEOPLE =
  'The visit, coinciding with a "strategic phase of Turkic unity," highlighted the trend of regional cooperation based on shared history and culture. Agreements reached in areas such as culture, education, and youth policy aim to strengthen social ties.';

export const SEED_AGREEMENTS: readonly SeedAgreement[] = [
  // ------------------------------------------------------------------------------ Energy
  {
    reference: "AZ-KZ-2025-ENE-01",
    title: "Joint investment mechanism between SOCAR and Samruk-Kazyna",
    area: "energy",
    instrumentType: "agreement",
    signedDate: SIGNED,
    summary:
      "Establishes a joint investment mechanism between SOCAR and the Samruk-Kazyna Sovereign Wealth Fund. " +
      "It gives long-term, institutional form to co-investment by the two energy exporters on both sides of the Caspian Sea.",
    sourceExcerpt: EXCERPT_ENERGY_MECHANISM,
    leadOrganization: "socar",
    parties: ["socar", "samruk-kazyna"],
    targetDate: "2027-06-30",
    initial: {
      status: "on_track",
      progress: 45,
      note:
        DEMO_NOTE_PREFIX +
        "Joint working group in place; governance and capital contribution rules approved by both boards. Project shortlist in preparation.",
      assessments: {
        infrastructure_funding: {
          severity: "medium",
          note: "Size of the joint pool not yet fixed; contributions compete with each company's domestic investment programme.",
          mitigation: "Agree a phased capital commitment tied to an approved project shortlist.",
        },
        great_power_balance: {
          severity: "medium",
          note: "Co-investments in Caspian assets will be watched by Russia, China and the EU as existing partners and buyers.",
          mitigation: "Screen each candidate project for sanctions and partner-consent exposure before shortlisting.",
        },
        internal_reform: {
          severity: "medium",
          note: "Two corporate governance regimes and separate state approval chains slow joint decisions.",
          mitigation: "Fix a single joint approval calendar and delegated limits for the steering committee.",
        },
      },
    },
    milestones: [
      {
        title: "Joint working group constituted and terms of reference signed",
        dueDate: "2026-01-31",
        doneDate: "2026-01-26",
        evidence: "Terms of reference signed by both co-chairs; copy held by the coordinating office.",
      },
      {
        title: "Governance and capital contribution rules approved by both boards",
        dueDate: "2026-09-30",
        doneDate: "2026-10-15",
        evidence: "Board resolutions of SOCAR and Samruk-Kazyna circulated to the working group.",
      },
      { title: "First shortlist of co-investment projects agreed", dueDate: "2027-03-31" },
    ],
  },
  {
    reference: "AZ-KZ-2025-ENE-02",
    title: "Joint energy market research",
    area: "energy",
    instrumentType: "memorandum",
    signedDate: SIGNED,
    summary:
      "Joint research on regional and international energy markets by the two energy ministries, with data from the national oil and gas companies. " +
      "It is meant to strengthen both countries' position in energy pricing and rule-making and to inform new supply options.",
    sourceExcerpt: EXCERPT_ENERGY_RESEARCH_PROJECTS,
    leadOrganization: "kz-energy",
    parties: ["kz-energy", "az-energy", "socar", "kmg"],
    targetDate: "2027-03-31",
    initial: {
      status: "at_risk",
      progress: 30,
      note:
        DEMO_NOTE_PREFIX +
        "Research scope and joint team agreed. Data-sharing arrangement on export volumes and prices is overdue pending confidentiality clearance.",
      assessments: {
        infrastructure_funding: {
          severity: "none",
          note: "Desk and modelling work; no infrastructure dependency and a small budget.",
          mitigation: "None required; keep costs within the ministries' existing research budgets.",
        },
        great_power_balance: {
          severity: "medium",
          note: "Findings on pricing and supply alternatives touch the interests of major buyers and competing suppliers.",
          mitigation: "Publish a neutral public summary; keep market-sensitive analysis restricted.",
        },
        internal_reform: {
          severity: "high",
          note: "Sharing commercial data needs clearance under confidentiality rules in both countries; clearance is overdue.",
          mitigation: "Sign a data-sharing annex limited to aggregated data; escalate clearance to deputy-minister level.",
        },
      },
    },
    milestones: [
      {
        title: "Research scope, methodology and joint team agreed",
        dueDate: "2026-02-28",
        doneDate: "2026-03-10",
        evidence: "Agreed scope note signed by both ministries' project leads.",
      },
      { title: "Data-sharing arrangement on export volumes and prices signed", dueDate: "2026-06-30" },
      { title: "Joint energy market outlook delivered to both governments", dueDate: "2027-03-31" },
    ],
  },
  {
    reference: "AZ-KZ-2025-ENE-03",
    title: "Implementation of new joint energy projects",
    area: "energy",
    instrumentType: "roadmap",
    signedDate: SIGNED,
    summary:
      "Roadmap for identifying and implementing new joint energy projects, financed through the SOCAR and Samruk-Kazyna investment mechanism. " +
      "Work starts once the mechanism's project shortlist is agreed.",
    sourceExcerpt: EXCERPT_ENERGY_RESEARCH_PROJECTS,
    leadOrganization: "kmg",
    parties: ["kmg", "socar", "samruk-kazyna", "kz-energy", "az-energy"],
    targetDate: "2028-12-31",
    initial: {
      status: "not_started",
      progress: 0,
      note:
        DEMO_NOTE_PREFIX +
        "Not started: depends on the project shortlist under the joint investment mechanism (AZ-KZ-2025-ENE-01).",
      assessments: {
        infrastructure_funding: {
          severity: "high",
          note: "Capital-intensive; no project can start before the joint investment mechanism is funded.",
          mitigation: "Sequence projects by funding readiness; seek co-financing from development banks.",
        },
        great_power_balance: {
          severity: "medium",
          note: "New Caspian projects will draw attention from Russia, China and the EU as partners and competitors.",
          mitigation: "Consult existing partners early on projects that touch shared infrastructure.",
        },
        internal_reform: {
          severity: "medium",
          note: "Licensing and permitting differ between the two countries.",
          mitigation: "Map permitting steps for each shortlisted project and assign a single contact per ministry.",
        },
      },
    },
    milestones: [
      { title: "Project pipeline agreed under the joint investment mechanism", dueDate: "2027-02-28" },
      { title: "Feasibility study for the first joint project commissioned", dueDate: "2027-06-30" },
    ],
  },
  {
    reference: "AZ-KZ-2025-ENE-04",
    title: "New energy transmission routes and supply combinations across the Caspian",
    area: "energy",
    instrumentType: "roadmap",
    signedDate: SIGNED,
    summary:
      "Develops new trans-Caspian energy transmission routes and supply combinations to reduce reliance on single transit routes. " +
      "It responds to European demand for alternatives to Russian energy.",
    sourceExcerpt: EXCERPT_ENERGY_ROUTES,
    leadOrganization: "az-energy",
    parties: ["az-energy", "kz-energy", "socar", "kmg"],
    targetDate: "2028-12-31",
    initial: {
      status: "delayed",
      progress: 15,
      note:
        DEMO_NOTE_PREFIX +
        "Terms of the route options study agreed late; the study itself is overdue and the priority-route decision has slipped.",
      assessments: {
        infrastructure_funding: {
          severity: "high",
          note: "New transmission capacity across the Caspian needs large investment in pipelines, terminals and tankers.",
          mitigation: "Phase options from existing capacity upgrades to new build; seek investors once a priority route is chosen.",
        },
        great_power_balance: {
          severity: "high",
          note: "Routes designed as alternatives to Russian energy are closely watched by Russia, China and the EU.",
          mitigation: "Coordinate messaging at foreign-ministry level; engage EU buyers and existing transit partners in parallel.",
        },
        internal_reform: {
          severity: "medium",
          note: "Tariff, transit and regulatory rules for cross-border energy flows are not aligned.",
          mitigation: "Set up a joint regulatory task force under the two energy ministries.",
        },
      },
    },
    milestones: [
      {
        title: "Terms of reference for the route options study agreed",
        dueDate: "2026-03-31",
        doneDate: "2026-05-20",
        evidence: "Terms of reference approved at the joint energy working group meeting.",
      },
      { title: "Route options study delivered to both energy ministries", dueDate: "2026-09-30" },
      { title: "Intergovernmental decision on the priority route", dueDate: "2027-06-30" },
    ],
  },

  // ------------------------------------------------------------------------------ Transport
  {
    reference: "AZ-KZ-2025-TRN-01",
    title: "Middle Corridor (Trans-Caspian International Transport Route): cargo between the ports of Baku and Aktau",
    area: "transport",
    instrumentType: "agreement",
    signedDate: SIGNED,
    summary:
      "Optimises cargo transport between the ports of Baku and Aktau as part of the Middle Corridor, the trans-Caspian route linking East Asia and Europe " +
      "(the article also calls it the Central Corridor). It covers vessel schedules, tariffs, port handling and rail connections on both shores.",
    sourceExcerpt: EXCERPT_MIDDLE_CORRIDOR,
    leadOrganization: "kz-transport",
    parties: ["kz-transport", "az-digital", "aktau-port", "baku-port", "ktz", "ady", "asco"],
    targetDate: "2027-06-30",
    initial: {
      status: "at_risk",
      progress: 40,
      note:
        DEMO_NOTE_PREFIX +
        "Coordination group and synchronised schedule in place. Contracting of additional ferry capacity on the Baku-Aktau line is overdue.",
      assessments: {
        infrastructure_funding: {
          severity: "high",
          note: "Ferry capacity and efficiency, port upgrades, rail links and warehousing all need significant investment.",
          mitigation: "Agree a joint investment plan for the two ports and the ferry fleet; prioritise berth and ferry capacity.",
        },
        great_power_balance: {
          severity: "medium",
          note: "The corridor is an alternative to the northern route through Russia and is watched by Russia, China and the EU.",
          mitigation: "Present the route as complementary; involve Chinese and EU shippers in capacity planning.",
        },
        internal_reform: {
          severity: "medium",
          note: "Customs, border and document procedures at the two ports are not yet harmonised.",
          mitigation: "Introduce shared electronic transport documents and joint customs pre-clearance.",
        },
      },
    },
    milestones: [
      {
        title: "Joint Baku-Aktau coordination group on tariffs and schedules established",
        dueDate: "2025-12-31",
        doneDate: "2025-12-18",
        evidence: "Founding protocol of the coordination group signed by both port authorities.",
      },
      { title: "Additional ferry capacity contracted on the Baku-Aktau line", dueDate: "2026-10-31" },
      { title: "Port throughput and transit time review for 2026", dueDate: "2027-04-30" },
    ],
  },
  {
    reference: "AZ-KZ-2025-TRN-02",
    title: "Transit of Kazakhstani products through Azerbaijan",
    area: "transport",
    instrumentType: "protocol",
    signedDate: SIGNED,
    summary:
      "Facilitates the transit of Kazakhstani products through Azerbaijan to other regions. " +
      "It aims to move both countries from channel providers towards value chain integrators.",
    sourceExcerpt: EXCERPT_TRANSIT,
    leadOrganization: "az-digital",
    parties: ["az-digital", "kz-trade", "kz-transport", "ady", "ktz", "baku-port"],
    targetDate: "2027-06-30",
    initial: {
      status: "on_track",
      progress: 35,
      note:
        DEMO_NOTE_PREFIX +
        "Priority goods and destination markets agreed. Simplified transit procedures are being drafted.",
      assessments: {
        infrastructure_funding: {
          severity: "medium",
          note: "Rail and warehousing capacity in Azerbaijan must grow with transit volumes.",
          mitigation: "Link transit volume forecasts to the port and rail investment plan.",
        },
        great_power_balance: {
          severity: "medium",
          note: "Rerouting exports away from traditional routes may draw reactions from neighbouring powers.",
          mitigation: "Keep the arrangement open to third-country cargo and transparent on tariffs.",
        },
        internal_reform: {
          severity: "medium",
          note: "Customs and phytosanitary procedures differ; consistent application at the border is needed.",
          mitigation: "Agree a single list of transit documents and train border staff on both sides.",
        },
      },
    },
    milestones: [
      {
        title: "List of priority Kazakhstani export goods and destination markets agreed",
        dueDate: "2026-04-30",
        doneDate: "2026-04-22",
        evidence: "Agreed list annexed to the minutes of the transport working group.",
      },
      { title: "Simplified transit procedures adopted by both customs services", dueDate: "2026-12-31" },
      { title: "First annual review of transit volumes", dueDate: "2027-06-30" },
    ],
  },

  // ------------------------------------------------------------------------------ Digital
  {
    reference: "AZ-KZ-2025-DIG-01",
    title: "Cooperation on digital governance",
    area: "digital",
    instrumentType: "memorandum",
    signedDate: SIGNED,
    summary:
      "Joint work on digital governance models, including data security, digital sovereignty and technical standards. " +
      "It supports smart government development in both countries.",
    sourceExcerpt: EXCERPT_DIGITAL_FULL,
    leadOrganization: "kz-digital",
    parties: ["kz-digital", "az-digital"],
    targetDate: "2027-06-30",
    initial: {
      status: "on_track",
      progress: 55,
      note:
        DEMO_NOTE_PREFIX +
        "Working group meeting regularly; comparative review of data protection and digital sovereignty rules completed.",
      assessments: {
        infrastructure_funding: {
          severity: "low",
          note: "Mainly policy and standards work; limited funding needs.",
          mitigation: "Fund from the two ministries' existing programmes.",
        },
        great_power_balance: {
          severity: "medium",
          note: "Choices on data security and technical standards bear on relations with technology suppliers from major powers.",
          mitigation: "Prefer open, internationally recognised standards; avoid lock-in to a single vendor country.",
        },
        internal_reform: {
          severity: "medium",
          note: "Recommendations need changes to national regulations, which follow different legislative calendars.",
          mitigation: "Align recommendations with each country's regulatory plan for 2027.",
        },
      },
    },
    milestones: [
      {
        title: "Digital governance working group holds its first meeting",
        dueDate: "2026-02-28",
        doneDate: "2026-02-17",
        evidence: "Minutes of the first meeting circulated to both ministries.",
      },
      {
        title: "Comparative review of data protection and digital sovereignty rules completed",
        dueDate: "2026-10-31",
        doneDate: "2026-11-12",
        evidence: "Review report accepted by the working group.",
      },
      { title: "Joint recommendations on technical standards adopted", dueDate: "2027-05-31" },
    ],
  },
  {
    reference: "AZ-KZ-2025-DIG-02",
    title: "Cooperation on electronic public services (e-services)",
    area: "digital",
    instrumentType: "agreement",
    signedDate: SIGNED,
    summary:
      "Exchange of experience on electronic public services and a pilot of a cross-border e-service for citizens and businesses of both countries.",
    sourceExcerpt: EXCERPT_DIGITAL_SCOPE,
    leadOrganization: "az-digital",
    parties: ["az-digital", "kz-digital"],
    targetDate: "2027-06-30",
    initial: {
      status: "delayed",
      progress: 20,
      note:
        DEMO_NOTE_PREFIX +
        "Inventory of e-services completed late. The cross-border pilot has not launched: legal basis for data exchange is missing.",
      assessments: {
        infrastructure_funding: {
          severity: "medium",
          note: "An interoperability gateway between the two e-government platforms is not yet budgeted.",
          mitigation: "Include the gateway in both ministries' 2027 budgets; start with a low-cost pilot.",
        },
        great_power_balance: {
          severity: "low",
          note: "Limited external exposure; hosting and software choices may raise data sovereignty questions.",
          mitigation: "Host pilot data in national data centres.",
        },
        internal_reform: {
          severity: "high",
          note: "No legal basis yet for cross-border personal data exchange or mutual recognition of electronic signatures.",
          mitigation: "Draft an intergovernmental protocol on data exchange and e-signature recognition.",
        },
      },
    },
    milestones: [
      {
        title: "Inventory of e-services suitable for exchange of experience",
        dueDate: "2026-01-31",
        doneDate: "2026-02-20",
        evidence: "Inventory shared between the two ministries.",
      },
      { title: "Pilot cross-border e-service launched", dueDate: "2026-09-30" },
      { title: "Evaluation of the pilot and decision on scale-up", dueDate: "2027-03-31" },
    ],
  },
  {
    reference: "AZ-KZ-2025-DIG-03",
    title: "Application of artificial intelligence in state institutions",
    area: "digital",
    instrumentType: "programme",
    signedDate: SIGNED,
    summary:
      "Joint programme on the use of artificial intelligence in state institutions: shared use cases, guidelines for responsible use, and pilot projects.",
    sourceExcerpt: EXCERPT_DIGITAL_SCOPE,
    leadOrganization: "kz-digital",
    parties: ["kz-digital", "az-digital"],
    targetDate: "2027-06-30",
    initial: {
      status: "on_track",
      progress: 20,
      note:
        DEMO_NOTE_PREFIX +
        "Shared catalogue of AI use cases in public administration compiled; drafting of joint guidelines under way.",
      assessments: {
        infrastructure_funding: {
          severity: "medium",
          note: "Pilots need computing capacity and data preparation that are not fully funded.",
          mitigation: "Select pilots that run on existing government cloud capacity.",
        },
        great_power_balance: {
          severity: "medium",
          note: "Dependence on AI models and cloud providers from major powers is a sovereignty concern.",
          mitigation: "Assess supplier options against data sovereignty criteria before each pilot.",
        },
        internal_reform: {
          severity: "medium",
          note: "Rules on automated decision-making in public administration are still being set in both countries.",
          mitigation: "Limit pilots to decision support with human review until rules are adopted.",
        },
      },
    },
    milestones: [
      {
        title: "Shared catalogue of AI use cases in public administration",
        dueDate: "2026-06-30",
        doneDate: "2026-07-08",
        evidence: "Catalogue of use cases agreed by both ministries.",
      },
      { title: "Joint guidelines on responsible AI use in state bodies adopted", dueDate: "2027-01-31" },
      { title: "Two pilot projects launched, one in each country", dueDate: "2027-06-30" },
    ],
  },

  // ------------------------------------------------------------------------------ Culture
  {
    reference: "AZ-KZ-2025-CUL-01",
    title: "Cultural cooperation programme",
    area: "culture",
    instrumentType: "programme",
    signedDate: SIGNED,
    summary:
      "Programme of cultural exchanges between Azerbaijan and Kazakhstan based on shared history and culture, to strengthen social ties.",
    sourceExcerpt: EXCERPT_PEOPLE,
    leadOrganization: "az-culture",
    parties: ["az-culture", "kz-culture"],
    targetDate: "2027-06-30",
    initial: {
      status: "on_track",
      progress: 60,
      note:
        DEMO_NOTE_PREFIX +
        "Events plan for 2026-2027 approved; first reciprocal culture days held in both capitals.",
      assessments: {
        infrastructure_funding: {
          severity: "low",
          note: "Event costs covered by the two ministries' annual budgets.",
          mitigation: "Confirm 2027 event budgets in the annual plans.",
        },
        great_power_balance: {
          severity: "low",
          note: "Framed within Turkic cooperation; little external sensitivity.",
          mitigation: "Keep the programme open to other Turkic states' participation.",
        },
        internal_reform: {
          severity: "low",
          note: "Coordination between ministries works; visa and customs formalities for exhibits are routine.",
          mitigation: "Keep a shared events calendar updated quarterly.",
        },
      },
    },
    milestones: [
      {
        title: "Cultural events plan for 2026-2027 approved",
        dueDate: "2026-01-31",
        doneDate: "2026-01-29",
        evidence: "Events plan signed by both ministries.",
      },
      {
        title: "First reciprocal culture days held in Baku and Astana",
        dueDate: "2026-10-31",
        doneDate: "2026-10-20",
        evidence: "Event reports filed by both ministries.",
      },
      { title: "Programme review and plan for 2028", dueDate: "2027-06-30" },
    ],
  },

  // ------------------------------------------------------------------------------ Education
  {
    reference: "AZ-KZ-2025-EDU-01",
    title: "Cooperation in education and academic mobility",
    area: "education",
    instrumentType: "programme",
    signedDate: SIGNED,
    summary:
      "Cooperation in higher education: student and staff mobility, university partnerships and recognition of academic documents.",
    sourceExcerpt: EXCERPT_PEOPLE,
    leadOrganization: "kz-science",
    parties: ["kz-science", "az-education"],
    targetDate: "2027-06-30",
    initial: {
      status: "at_risk",
      progress: 25,
      note:
        DEMO_NOTE_PREFIX +
        "Mobility quotas agreed late. Procedure for mutual recognition of academic documents is overdue.",
      assessments: {
        infrastructure_funding: {
          severity: "medium",
          note: "Scholarships and student housing for exchange students are only partly funded.",
          mitigation: "Agree cost-sharing per student and use university partnership funds.",
        },
        great_power_balance: {
          severity: "low",
          note: "Little external sensitivity.",
          mitigation: "None beyond normal consultation.",
        },
        internal_reform: {
          severity: "high",
          note: "Different accreditation and diploma recognition rules block credit transfer.",
          mitigation: "Adopt a joint recognition procedure based on existing accreditation outcomes.",
        },
      },
    },
    milestones: [
      {
        title: "Academic mobility quotas for 2026/27 agreed",
        dueDate: "2026-03-31",
        doneDate: "2026-04-30",
        evidence: "Quota letter exchanged between the two ministries.",
      },
      { title: "Procedure for mutual recognition of academic documents approved", dueDate: "2026-08-31" },
      { title: "Review of the first mobility year", dueDate: "2027-06-30" },
    ],
  },

  // ------------------------------------------------------------------------------ Youth policy
  {
    reference: "AZ-KZ-2025-YTH-01",
    title: "Cooperation in youth policy",
    area: "youth",
    instrumentType: "programme",
    signedDate: SIGNED,
    summary:
      "Youth exchanges and joint youth events between Azerbaijan and Kazakhstan to strengthen people-to-people ties.",
    sourceExcerpt: EXCERPT_PEOPLE,
    leadOrganization: "az-youth",
    parties: ["az-youth", "kz-culture"],
    targetDate: "2027-12-31",
    initial: {
      status: "not_started",
      progress: 0,
      note:
        DEMO_NOTE_PREFIX +
        "Not started: working contacts being set up between the two ministries responsible for youth policy.",
      assessments: {
        infrastructure_funding: {
          severity: "low",
          note: "Exchange costs are modest but not yet budgeted.",
          mitigation: "Include the first exchange in the 2027 budgets.",
        },
        great_power_balance: {
          severity: "low",
          note: "Framed within Turkic cooperation; little external sensitivity.",
          mitigation: "None beyond normal consultation.",
        },
        internal_reform: {
          severity: "medium",
          note: "Youth policy sits with different ministries in the two countries, which slows setting up contacts.",
          mitigation: "Name one contact person in each ministry and agree a joint plan.",
        },
      },
    },
    milestones: [
      { title: "Joint youth exchange plan approved", dueDate: "2027-01-31" },
      { title: "First joint youth forum held", dueDate: "2027-05-31" },
    ],
  },
];
