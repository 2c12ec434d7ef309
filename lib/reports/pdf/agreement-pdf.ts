import { SEVERITIES, type Severity } from "../../domain/vocabulary";
import { isOverdue } from "../../domain/rollups";
import { formatDocumentDateTime, formatDocumentDay, formatDocumentSize } from "../../format";
import { SEVERITY_FILL, contentWidth, createPdf, pdfStream, type Pdf, type Translate } from "./pdf-document";
import { fitRow } from "./fit-row";
import type { AgreementSheet } from "../../domain/agreement-sheet";

const FOOTER_SPACE = 26;

/** One A4 page per agreement: fields, current assessments, milestones, the latest history. */
export function agreementPdf(sheet: AgreementSheet, t: Translate, now = new Date()): ReadableStream<Uint8Array> {
  const doc = createPdf({ title: `${sheet.reference} ${sheet.title}` });
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const bottom = doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;

  doc.font("regular").fontSize(9).fillColor("#475569").text(sheet.reference, left, doc.page.margins.top);
  doc.font("bold").fontSize(15).fillColor("#0f172a").text(sheet.title, { width, height: 60, ellipsis: true });
  doc.moveDown(0.2).font("regular").fontSize(10);
  const state = `${t(`status.${sheet.status}`)} · ${sheet.progress}%${sheet.archived ? ` · ${t("agreements.archived")}` : ""}`;
  doc.text(state);
  doc.moveDown(0.5);

  const pairs: [string, string][] = [
    [t("agreement.visit"), sheet.visit],
    [t("agreement.area"), t(`area.${sheet.area}`)],
    [t("agreement.instrumentType"), t(`instrument.${sheet.instrumentType}`)],
    [t("agreement.signedDate"), formatDocumentDay(sheet.signedDate, t.locale)],
    [t("agreement.targetDate"), formatDocumentDay(sheet.targetDate, t.locale)],
    [t("agreement.lastUpdate"), sheet.lastUpdateAt ? `${formatDocumentDay(sheet.lastUpdateAt, t.locale)}${sheet.lastUpdateBy ? ` · ${sheet.lastUpdateBy}` : ""}` : t("agreement.never")],
    [t("agreement.lead"), sheet.lead],
    [t("agreement.parties"), sheet.parties.join("; ")],
  ];
  for (const [label, value] of pairs) {
    fitRow(doc, [110, width - 110], [{ text: label, bold: true }, value], { bottom, maxLines: 4 });
  }
  section(doc, t("agreement.summary"));
  doc.font("regular").fontSize(8).text(sheet.summary, left, doc.y, { width, height: 60, ellipsis: true });

  section(doc, t("agreement.challenges"));
  if (!sheet.assessments.length) doc.font("regular").fontSize(8).text(t("agreement.notAssessed"));
  else {
    const w = [130, 55, (width - 185) / 2, (width - 185) / 2];
    fitRow(doc, w, [t("agreement.challenge"), t("agreement.severity"), t("agreement.note"), t("agreement.mitigation")], { bottom, header: true });
    for (const a of sheet.assessments) {
      const severity: Severity = SEVERITIES.find((s) => s === a.severity) ?? "none";
      const cell = { text: t(`severity.${severity}`), fill: SEVERITY_FILL[severity].fill, color: SEVERITY_FILL[severity].text };
      if (!fitRow(doc, w, [a.challenge, cell, a.note, a.mitigation], { bottom, maxLines: 3 })) break;
    }
  }

  section(doc, t("agreement.milestones"));
  if (!sheet.milestones.length) doc.font("regular").fontSize(8).text(t("agreement.noMilestones"));
  else {
    const w = [width - 290, 120, 60, 110];
    fitRow(doc, w, [t("reports.columns.milestone"), t("owners.owner"), t("agreement.due"), t("reports.columns.milestoneState")], { bottom, header: true });
    let shown = 0;
    for (const m of sheet.milestones) {
      const state = m.doneDate
        ? `${t("agreement.done")} ${formatDocumentDay(m.doneDate, t.locale)}`
        : isOverdue(m, now)
          ? t("agreement.overdue")
          : t("reports.agreement.open");
      if (!fitRow(doc, w, [m.title, m.owner ?? "", formatDocumentDay(m.dueDate, t.locale), { text: state, bold: !m.doneDate && isOverdue(m, now) }], { bottom: bottom - 60, maxLines: 2 })) break;
      shown++;
    }
    if (shown < sheet.milestones.length) more(doc, t, shown, sheet.milestones.length);
  }

  if (sheet.documents.length) {
    section(doc, t("documents.title"));
    const w = [width - 250, 70, 110, 70];
    fitRow(doc, w, [t("documents.name"), t("documents.date"), t("documents.by"), t("documents.size")], { bottom, header: true });
    let shown = 0;
    for (const d of sheet.documents) {
      const size = formatDocumentSize(d.size, t.locale);
      if (!fitRow(doc, w, [d.name, formatDocumentDay(d.createdAt, t.locale), d.uploadedBy, size], { bottom: bottom - 60, maxLines: 2 })) break;
      shown++;
    }
    if (shown < sheet.documents.length) more(doc, t, shown, sheet.documents.length);
  }

  section(doc, t("reports.agreement.history"));
  if (!sheet.history.length) doc.font("regular").fontSize(8).text(t("reports.agreement.noHistory"));
  else {
    const w = [58, 90, 95, 60, width - 303];
    fitRow(doc, w, ["date", "by", "status", "progress", "note"].map((c) => t(`reports.columns.${c}`)), { bottom, header: true });
    let shown = 0;
    for (const h of sheet.history) {
      const status = h.statusBefore && h.statusBefore !== h.statusAfter
        ? `${t(`status.${h.statusBefore}`)} → ${t(`status.${h.statusAfter}`)}`
        : t(`status.${h.statusAfter}`);
      const progress = h.progressBefore !== null && h.progressBefore !== h.progressAfter ? `${h.progressBefore}% → ${h.progressAfter}%` : `${h.progressAfter}%`;
      if (!fitRow(doc, w, [formatDocumentDay(h.createdAt, t.locale), h.author ?? "", status, progress, h.note], { bottom: bottom - 12, maxLines: 6 })) break;
      shown++;
    }
    if (shown < sheet.historyTotal) more(doc, t, shown, sheet.historyTotal);
  }

  doc.font("regular").fontSize(7).fillColor("#64748b");
  doc.text(t("reports.agreement.footer", { datetime: formatDocumentDateTime(now, t.locale) }), left, doc.page.height - doc.page.margins.bottom - 12, {
    width,
    lineBreak: false,
  });
  return pdfStream(doc);
}

function section(doc: Pdf, title: string) {
  doc.moveDown(0.6).font("bold").fontSize(10).fillColor("#0f172a").text(title, doc.page.margins.left);
  doc.moveDown(0.2);
}

function more(doc: Pdf, t: Translate, shown: number, total: number) {
  doc.font("regular").fontSize(7).fillColor("#475569").text(t("reports.agreement.more", { shown, total }), doc.page.margins.left);
  doc.fillColor("#0f172a");
}
