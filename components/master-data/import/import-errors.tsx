"use client";

import { useTranslations } from "next-intl";
import type { ImportError } from "@/lib/services/master-data/csv/import-csv";

/** The per-row error report of a rejected import (nothing was written). */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  const t = useTranslations("import");
  return (
    <div role="alert" className="space-y-2" data-testid="import-errors">
      <p className="text-sm font-medium text-red-700">{t("rejected", { count: errors.length })}</p>
      <div className="relative overflow-x-auto max-h-96 border border-red-200 rounded">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("errorsCaption")}</caption>
          <thead className="bg-red-50 text-left">
            <tr>
              <th scope="col" className="px-2 py-1 font-medium">
                {t("row")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t("column")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t("message")}
              </th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i} className="border-t border-red-100">
                <td className="px-2 py-1 tabular-nums">{e.row}</td>
                <td className="px-2 py-1 whitespace-nowrap">{e.column}</td>
                <td className="px-2 py-1">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
