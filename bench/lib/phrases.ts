// Text for the synthetic portfolio. Mixed English, Azerbaijani (Latin) and Kazakh (Cyrillic) so
// that search over the folded text (lib/domain/search-folding.ts) does the same work as on real data.
import type { AgreementStatus, Area, Severity } from "../../lib/domain/vocabulary";

type AreaPhrases = {
  subjects: readonly string[];
  azerbaijani: readonly string[];
  kazakh: readonly string[];
  milestones: readonly string[];
};

export const AREA_PHRASES: Record<Area, AreaPhrases> = {
  energy: {
    subjects: [
      "Caspian gas interconnector study",
      "Offshore wind cooperation",
      "Crude oil transit scheduling",
      "Green hydrogen pilot",
      "Power grid synchronisation",
      "Refinery modernisation exchange",
      "Trans-Caspian electricity cable",
      "Energy efficiency programme",
    ],
    azerbaijani: ["Xəzər enerji əməkdaşlığı", "neft və qaz layihəsi", "yaşıl enerji dəhlizi"],
    kazakh: ["Каспий энергетикалық ынтымақтастығы", "мұнай-газ жобасы", "жасыл энергия дәлізі"],
    milestones: ["Feasibility study approved", "Investment decision taken", "Tariff methodology agreed", "Pilot capacity commissioned"],
  },
  transport: {
    subjects: [
      "Baku–Aktau ferry slot allocation",
      "Middle Corridor single transit tariff",
      "Container terminal expansion at Alat",
      "Digital cargo manifest exchange",
      "Rail gauge transshipment hub",
      "Caspian shipping fleet renewal",
      "Transit of Kazakhstani grain via Azerbaijan",
      "Border crossing time reduction",
    ],
    azerbaijani: ["Orta Dəhliz", "Bakı limanı yük daşımaları", "tranzit əməkdaşlığı"],
    kazakh: ["Орта дәліз", "Ақтау порты жүк тасымалы", "транзиттік ынтымақтастық"],
    milestones: ["Route timetable published", "Joint tariff signed", "Terminal berth handed over", "First block train dispatched"],
  },
  digital: {
    subjects: [
      "Mutual recognition of e-signatures",
      "AI in public service delivery",
      "Government cloud interoperability",
      "Cybersecurity incident exchange",
      "Open data standards",
      "E-customs data exchange",
      "Digital skills academy",
      "Fibre link across the Caspian",
    ],
    azerbaijani: ["rəqəmsal hökumət", "süni intellekt tətbiqi", "elektron xidmətlər"],
    kazakh: ["цифрлық үкімет", "жасанды интеллект қолдану", "электрондық қызметтер"],
    milestones: ["Technical specification agreed", "Pilot integration live", "Data protection review done", "Service launched nationally"],
  },
  culture: {
    subjects: [
      "Days of culture exchange",
      "Joint film co-production fund",
      "Museum exhibition loans",
      "Translation of classical literature",
      "Turkic heritage restoration",
      "Music festival partnership",
      "Theatre touring programme",
      "Shared archive digitisation",
    ],
    azerbaijani: ["mədəniyyət günləri", "Türk irsi", "ədəbiyyat tərcüməsi"],
    kazakh: ["мәдениет күндері", "түркі мұрасы", "әдебиет аудармасы"],
    milestones: ["Programme of events approved", "Exhibition opened", "Translations published", "Festival held"],
  },
  education: {
    subjects: [
      "University partnership network",
      "Student exchange scholarships",
      "Joint degree in petroleum engineering",
      "Recognition of diplomas",
      "Teacher training exchange",
      "Language centre opening",
      "Research grants in logistics",
      "Vocational training in ports",
    ],
    azerbaijani: ["təhsil mübadiləsi", "universitet tərəfdaşlığı", "tələbə təqaüdü"],
    kazakh: ["білім алмасу", "университет серіктестігі", "студенттік стипендия"],
    milestones: ["Call for applications opened", "First cohort enrolled", "Curriculum accredited", "Joint lab equipped"],
  },
  youth: {
    subjects: [
      "Youth forum series",
      "Volunteer exchange programme",
      "Young entrepreneurs network",
      "Sports cooperation calendar",
      "Youth leadership school",
      "Start-up incubator exchange",
      "Summer camp partnership",
      "Youth policy dialogue",
    ],
    azerbaijani: ["gənclər forumu", "könüllü proqramı", "gənc sahibkarlar şəbəkəsi"],
    kazakh: ["жастар форумы", "еріктілер бағдарламасы", "жас кәсіпкерлер желісі"],
    milestones: ["Participants selected", "Event held in Baku", "Event held in Astana", "Evaluation report delivered"],
  },
};

export const SYNTHETIC_VISITS = [
  { slug: "syn-igc-baku-2023", title: "[Synthetic] Intergovernmental commission, Baku", place: "Baku", hostCountry: "AZ", guestCountry: "KZ", startDate: "2023-03-15" },
  { slug: "syn-state-visit-2024", title: "[Synthetic] State visit, Baku", place: "Baku", hostCountry: "AZ", guestCountry: "KZ", startDate: "2024-04-10" },
  { slug: "syn-caspian-summit-2024", title: "[Synthetic] Caspian summit, Aktau", place: "Aktau", hostCountry: "KZ", guestCountry: "AZ", startDate: "2024-11-20" },
  { slug: "syn-business-forum-2025", title: "[Synthetic] Business forum, Astana", place: "Astana", hostCountry: "KZ", guestCountry: "AZ", startDate: "2025-06-05" },
] as const;

export const UPDATE_NOTES: Record<AgreementStatus, readonly string[]> = {
  not_started: ["Working group not yet constituted.", "Awaiting nomination of focal points."],
  on_track: [
    "Working group met; actions on schedule.",
    "Milestone evidence received from both sides.",
    "Joint plan approved; işçi qrupu toplandı.",
  ],
  at_risk: [
    "Funding confirmation pending from one side.",
    "Approval chain slower than planned; escalated.",
    "Counterpart response overdue; жұмыс тобы кешікті.",
  ],
  delayed: [
    "Deadline missed; revised schedule requested.",
    "Procurement failed and is being repeated.",
    "Legal clearance outstanding for two months.",
  ],
  completed: ["All deliverables accepted by both sides.", "Final report signed off."],
  suspended: ["Suspended by decision of the steering committee.", "On hold pending a political decision."],
};

export const SEVERITY_NOTES: Record<Severity, string> = {
  none: "No material concern at present.",
  low: "Minor concern; monitored by the working group.",
  medium: "Noticeable pressure on schedule or budget.",
  high: "Serious risk to the target date.",
  critical: "Blocks implementation until resolved.",
};

export const MITIGATIONS: readonly string[] = [
  "Escalate to deputy-minister level.",
  "Phase the work to match confirmed funding.",
  "Agree a joint communication line with partners.",
  "Fix a single joint approval calendar.",
  "Seek co-financing from development banks.",
];
