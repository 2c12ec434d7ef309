import { getFormatter, getTranslations } from "next-intl/server";
import type { DocumentView } from "@/lib/data/document-list";
import { PREVIEWABLE, kindOfMediaType } from "@/lib/domain/document-type";
import { formatDateTime, formatDay } from "@/lib/format";
import { DocumentActions } from "./document-actions";
import { DocumentUpload, type AttachOption } from "./document-upload";

type Props = {
  reference: string;
  documents: DocumentView[];
  canUpload: boolean;
  canWithdraw: boolean;
  canRestore: boolean;
  attachOptions: AttachOption[];
  maxMb: number;
};

/** The agreement's evidence: what each file is, who added it when, its size and SHA-256. */
export async function Documents({ reference, documents, canUpload, canWithdraw, canRestore, attachOptions, maxMb }: Props) {
  const [t, format] = await Promise.all([getTranslations("documents"), getFormatter()]);
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? format.number(bytes / 1_000_000, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(bytes / 1000, 0.1), { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 });
  const attachedTo = (d: DocumentView) =>
    d.milestone ? t("milestone", { title: d.milestone.title }) : d.statusUpdateAt ? t("statusUpdate", { date: formatDay(d.statusUpdateAt) }) : t("agreementAsWhole");

  return (
    <div className="mt-2 space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="documents-table">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th scope="col" className="py-1 pr-3">{t("name")}</th>
                <th scope="col" className="py-1 pr-3">{t("attachedTo")}</th>
                <th scope="col" className="py-1 pr-3">{t("date")}</th>
                <th scope="col" className="py-1 pr-3">{t("by")}</th>
                <th scope="col" className="py-1 pr-3">{t("size")}</th>
                <th scope="col" className="py-1 pr-3">{t("sha256")}</th>
                <th scope="col" className="no-print py-1"><span className="sr-only">{t("download")}</span></th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => {
                const kind = kindOfMediaType(d.mediaType);
                const href = `/api/documents/${d.id}`;
                return (
                  <tr key={d.id} className="border-t border-slate-100 align-top" data-document-id={d.id} data-withdrawn={d.withdrawn ? "true" : undefined}>
                    <td className="py-2 pr-3">
                      <span className={d.withdrawn ? "line-through" : "font-medium"}>{d.name}</span>
                      {d.restricted ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("restricted")}</span> : null}
                      {d.withdrawn ? (
                        <p className="text-xs text-slate-600">
                          {t("withdrawnBy", { date: formatDateTime(d.withdrawn.at), name: d.withdrawn.by, reason: d.withdrawn.reason })}
                        </p>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">{attachedTo(d)}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(d.createdAt)}</td>
                    <td className="py-2 pr-3">{d.uploadedBy}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{size(d.size)}</td>
                    <td className="py-2 pr-3"><code className="text-xs break-all" data-testid="document-sha256">{d.sha256}</code></td>
                    <td className="no-print py-2">
                      <div className="flex flex-wrap gap-2">
                        <a href={href} download className="text-blue-800 underline" aria-label={t("downloadName", { name: d.name })}>{t("download")}</a>
                        {kind && PREVIEWABLE.has(kind) ? <a href={`${href}?preview=1`} target="_blank" rel="noopener" className="text-blue-800 underline">{t("preview")}</a> : null}
                      </div>
                      <DocumentActions documentId={d.id} withdrawn={d.withdrawn !== null} canWithdraw={canWithdraw} canRestore={canRestore} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canUpload ? <DocumentUpload reference={reference} attachOptions={attachOptions} maxMb={maxMb} /> : null}
    </div>
  );
}
