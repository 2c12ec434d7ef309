import { AGREEMENT_STATUSES, AREAS, type AgreementStatus } from "../../domain/vocabulary";
import { formatDocumentDateTime, formatDocumentDay, formatDocumentLongDay, formatDocumentSize } from "../../format";
import { areaTotal, statusTotal, type StatusReport } from "../../domain/status-report";
import {
  SEVERITY_FILL,
  STATUS_FILL,
  contentWidth,
  createPdf,
  heading,
  note,
  pdfStream,
  type Pdf,
  type Translate,
} from "./pdf-document";
import { drawTable } from "./pdf-table";

/** The status report as a PDF document (drawn with pdfkit, not a screenshot of the page). */
export function statusReportPdf(report: StatusReport, t: Translate): ReadableStream<Uint8Array> {
  const doc = createPdf({ title: t("reports.status.title"), subject: t("reports.status.asOf", { date: formatDocumentLongDay(report.asOf, t.locale) }) });
  titlePage(doc, report, t);
  doc.addPage();
  heading(doc, t("reports.status.countsHeading"));
  countsChart(doc, report, t);
  countsTable(doc, report, t);
  heading(doc, t("reports.status.heatMapHeading"));
  heatMap(doc, report, t);
  lists(doc, report, t);
  return pdfStream(doc);
}

function titlePage(doc: Pdf, report: StatusReport, t: Translate) {
  const x = doc.page.margins.left;
  doc.font("bold").fontSize(11).fillColor("#1e3a8a").text(t("app.name"), x, 120);
  doc.moveDown(1).font("bold").fontSize(26).fillColor("#0f172a").text(t("reports.status.title"));
  doc.moveDown(0.5).font("regular").fontSize(12);
  for (const visit of report.visits) {
    doc.text(visit.title).fontSize(10).fillColor("#475569");
    doc.text(`${visit.place} · ${formatDocumentDay(visit.startDate, t.locale)} – ${formatDocumentDay(visit.endDate, t.locale)}`).fontSize(12).fillColor("#0f172a");
    doc.moveDown(0.4);
  }
  doc.moveDown(1).font("bold").fontSize(18).text(t("reports.status.asOf", { date: formatDocumentLongDay(report.asOf, t.locale) }));
  doc.font("regular").fontSize(11).text(t("reports.status.since", { date: formatDocumentLongDay(report.since, t.locale) }));
  doc.moveDown(1).fontSize(10).text(scopeLine(report, t));
  doc.moveDown(0.5).text(
    t("reports.status.summaryLine", {
      total: report.total,
      atRisk: report.atRisk.total,
      overdue: report.overdue.total,
      changes: report.changes.total,
    }),
  );
  doc.moveDown(2).fontSize(9).fillColor("#475569");
  doc.text(t("reports.status.historyNote", { date: formatDocumentLongDay(report.asOf, t.locale) }));
  doc.text(t("reports.status.generated", { datetime: formatDocumentDateTime(report.generatedAt, t.locale) }));
  doc.fillColor("#0f172a");
}

export function scopeLine(report: StatusReport, t: Translate): string {
  const parts = [
    ...(report.scope.areas.length ? [report.scope.areas.map((a) => t(`area.${a}`)).join(", ")] : []),
    ...(report.scope.side ? [t("reports.status.sideScope", { side: t(`country.${report.scope.side}`) })] : []),
  ];
  return parts.length ? t("reports.status.scope", { parts: parts.join(" · ") }) : t("reports.status.scopeAll");
}

/** Stacked horizontal bars, one per area, a segment per status with its count written in it. */
function countsChart(doc: Pdf, report: StatusReport, t: Translate) {
  const left = doc.page.margins.left;
  const labelWidth = 150;
  const barWidth = contentWidth(doc) - labelWidth - 40;
  const barHeight = 14;
  const gap = 6;
  const max = Math.max(1, ...AREAS.map((a) => areaTotal(report.counts, a)));
  let y = doc.y + 4;
  doc.fontSize(8);
  for (const area of AREAS) {
    doc.fillColor("#0f172a").text(t(`area.${area}`), left, y + 3, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    let x = left + labelWidth;
    for (const status of AGREEMENT_STATUSES) {
      const n = report.counts[area][status];
      if (!n) continue;
      const w = (n / max) * barWidth;
      doc.rect(x, y, w, barHeight).fill(STATUS_FILL[status]);
      if (w >= 12) doc.fillColor("#ffffff").text(String(n), x, y + 3, { width: w, align: "center", lineBreak: false });
      x += w;
    }
    doc.fillColor("#0f172a").text(String(areaTotal(report.counts, area)), x + 4, y + 3, { lineBreak: false });
    y += barHeight + gap;
  }
  // Legend: colour plus the status name, so the chart never relies on colour alone.
  let x = left + labelWidth;
  y += 2;
  for (const status of AGREEMENT_STATUSES) {
    const label = t(`status.${status}`);
    const w = doc.widthOfString(label) + 18;
    if (x + w > left + contentWidth(doc)) {
      x = left + labelWidth;
      y += 12;
    }
    doc.rect(x, y + 1, 8, 8).fill(STATUS_FILL[status]);
    doc.fillColor("#0f172a").text(label, x + 11, y + 1, { lineBreak: false });
    x += w;
  }
  doc.x = left;
  doc.y = y + 18;
}

function countsTable(doc: Pdf, report: StatusReport, t: Translate) {
  const statusHeader = AGREEMENT_STATUSES.map((s) => t(`status.${s}`));
  drawTable(doc, {
    widths: [112, ...AGREEMENT_STATUSES.map(() => "*"), 36],
    header: [t("reports.columns.area"), ...statusHeader, t("reports.columns.total")],
    rows: [
      ...AREAS.map((area) => [
        t(`area.${area}`),
        ...AGREEMENT_STATUSES.map((s) => String(report.counts[area][s])),
        { text: String(areaTotal(report.counts, area)), bold: true },
      ]),
      [
        { text: t("reports.columns.total"), bold: true },
        ...AGREEMENT_STATUSES.map((s) => ({ text: String(statusTotal(report.counts, s)), bold: true })),
        { text: String(report.total), bold: true },
      ],
    ],
  });
}

function heatMap(doc: Pdf, report: StatusReport, t: Translate) {
  drawTable(doc, {
    widths: [130, ...report.challenges.map(() => "*")],
    header: [t("reports.columns.area"), ...report.challenges.map((c) => c.name)],
    rows: AREAS.map((area) => [
      t(`area.${area}`),
      ...report.challenges.map((c) => {
        const severity = report.heatMap[area][c.id];
        if (!severity) return { text: t("reports.status.noAgreements"), color: "#64748b" };
        return { text: t(`severity.${severity}`), fill: SEVERITY_FILL[severity].fill, color: SEVERITY_FILL[severity].text };
      }),
    ]),
  });
  note(doc, t("reports.status.heatMapNote"));
}

const statusChange = (t: Translate, before: AgreementStatus | null, after: AgreementStatus) =>
  before && before !== after ? `${t(`status.${before}`)} → ${t(`status.${after}`)}` : t(`status.${after}`);

function lists(doc: Pdf, report: StatusReport, t: Translate) {
  heading(doc, t("reports.status.atRiskHeading"));
  if (!report.atRisk.total) note(doc, t("reports.status.noneAtRisk"));
  else {
    drawTable(doc, {
      widths: [92, 120, 54, 52, "*"],
      header: ["reference", "title", "status", "progress", "latestNote"].map((c) => t(`reports.columns.${c}`)),
      rows: report.atRisk.rows.map((a) => [
        a.reference,
        `${a.title}\n${a.lead}`,
        t(`status.${a.status}`),
        `${a.progress}%`,
        a.noteAt ? `${formatDocumentDay(a.noteAt, t.locale)}: ${a.note}` : a.note,
      ]),
    });
    truncated(doc, report.atRisk, t);
  }

  heading(doc, t("reports.status.overdueHeading"));
  if (!report.overdue.total) note(doc, t("reports.status.noneOverdue"));
  else {
    drawTable(doc, {
      widths: [92, "*", 58, 50, 64],
      header: ["reference", "milestone", "due", "daysOverdue", "doneLater"].map((c) => t(`reports.columns.${c}`)),
      rows: report.overdue.rows.map((m) => [
        m.reference,
        `${m.title}\n${m.agreementTitle}`,
        formatDocumentDay(m.dueDate, t.locale),
        String(m.daysOverdue),
        m.doneDate ? formatDocumentDay(m.doneDate, t.locale) : "",
      ]),
    });
    truncated(doc, report.overdue, t);
  }

  heading(doc, t("reports.status.changesHeading", { date: report.since }));
  if (!report.changes.total) note(doc, t("reports.status.noChanges"));
  else {
    drawTable(doc, {
      widths: [56, 92, 90, 60, 70, "*"],
      header: ["date", "reference", "status", "progress", "by", "note"].map((c) => t(`reports.columns.${c}`)),
      rows: report.changes.rows.map((c) => [
        formatDocumentDay(c.at, t.locale),
        c.reference,
        statusChange(t, c.statusBefore, c.statusAfter),
        c.progressBefore !== null && c.progressBefore !== c.progressAfter ? `${c.progressBefore}% → ${c.progressAfter}%` : `${c.progressAfter}%`,
        c.author ?? "",
        c.note,
      ]),
    });
    truncated(doc, report.changes, t);
  }

  heading(doc, t("documents.reportHeading", { date: report.since }));
  if (!report.evidence.total) note(doc, t("documents.reportNone"));
  else {
    drawTable(doc, {
      widths: [56, 92, "*", 110, 60],
      header: [t("reports.columns.date"), t("reports.columns.reference"), t("documents.name"), t("documents.by"), t("documents.size")],
      rows: report.evidence.rows.map((d) => [formatDocumentDay(d.at, t.locale), d.reference, d.name, d.uploadedBy, formatDocumentSize(d.size, t.locale)]),
    });
    truncated(doc, report.evidence, t);
  }
  note(doc, t("documents.reportRestricted"));
}

function truncated(doc: Pdf, list: { rows: unknown[]; total: number }, t: Translate) {
  if (list.total > list.rows.length) note(doc, t("reports.status.truncated", { shown: list.rows.length, total: list.total }));
}
