"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { submitWithoutReset } from "@/components/admin/submit-without-reset";
import { Datalist } from "@/components/master-data/forms/datalist";
import { errorsOf, fieldErrorsOf, FormMessage } from "@/components/master-data/forms/form-message";
import { toRows } from "@/components/master-data/forms/grid-state";
import { RowsGrid, rowsJson } from "@/components/master-data/forms/rows-grid";
import { useRecordForm } from "@/components/master-data/forms/use-record-form";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { SelectField, TextField } from "@/components/ui/field";
import { createSalesDocumentAction, updateSalesDocumentAction } from "@/lib/actions/master-data/sales-documents";
import type { Lookups } from "@/lib/data/master-data-forms/lookups";
import type { SalesDocumentFormValues } from "@/lib/data/master-data-forms/records";

const LINE_TYPES = ["ITEM", "RESOURCE", "GL_ACCOUNT", "COMMENT"];

/** A sales order or quote in edit mode with its lines. */
export function SalesDocumentForm({
  doc,
  documentType,
  lookups,
}: {
  doc: SalesDocumentFormValues | null;
  documentType: "ORDER" | "QUOTE";
  lookups: Lookups;
}) {
  const t = useTranslations("salesOrders");
  const tf = useTranslations("masterDataForms");
  const { state, formAction, pending } = useRecordForm(
    (prev: unknown, form: FormData) => (doc ? updateSalesDocumentAction(prev, form) : createSalesDocumentAction(prev, form)),
    (d) => `/sales-orders/${d.documentType.toLowerCase()}/${encodeURIComponent(d.no)}`,
  );
  const [lines, setLines] = useState(() => toRows(doc?.lines));
  const text = (name: keyof SalesDocumentFormValues, max: number, extra: { list?: string; type?: string } = {}) => (
    <TextField
      name={name}
      label={t(name)}
      defaultValue={String(doc?.[name] ?? "")}
      maxLength={max}
      errors={errorsOf(state, name)}
      {...extra}
    />
  );
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-3">
      <FormMessage state={state} />
      {doc && <input type="hidden" name="version" value={doc.version} />}
      <input type="hidden" name="lines" value={rowsJson(lines)} />
      <Datalist id="dl-items" options={lookups.items} />
      <Datalist id="dl-locations" options={lookups.locations} />
      <CardSection title={tf("general")} id="general">
        <div className="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-4 gap-3">
          <SelectField
            name="documentType"
            label={t("documentType")}
            defaultValue={doc?.documentType ?? documentType}
            errors={errorsOf(state, "documentType")}
            options={(doc ? [doc.documentType] : ["ORDER", "QUOTE"]).map((v) => ({ value: v, label: t(`docType.${v}`) }))}
          />
          <TextField
            name="no"
            label={t("no")}
            defaultValue={doc?.no ?? ""}
            readOnly={!!doc}
            maxLength={20}
            required
            errors={errorsOf(state, "no")}
          />
          {text("sellToCustomerNo", 20)}
          {text("sellToName", 100)}
          {text("shipToName", 100)}
          {text("locationCode", 10, { list: "dl-locations" })}
          {text("shipmentDate", 10, { type: "date" })}
          <SelectField
            name="status"
            label={t("status")}
            defaultValue={doc?.status ?? "OPEN"}
            errors={errorsOf(state, "status")}
            options={["OPEN", "RELEASED"].map((v) => ({ value: v, label: t(`docStatus.${v}`) }))}
          />
        </div>
      </CardSection>
      <CardSection title={t("lines")} id="lines">
        <RowsGrid
          grid="lines"
          caption={t("lines")}
          rows={lines}
          onChange={setLines}
          fieldErrors={fieldErrorsOf(state)}
          columns={[
            { name: "type", label: t("type"), type: "select", options: LINE_TYPES.map((v) => ({ value: v, label: t(`lineType.${v}`) })) },
            { name: "no", label: t("no"), list: "dl-items", maxLength: 20 },
            { name: "variantCode", label: t("variantCode"), maxLength: 10, width: "w-20" },
            { name: "description", label: t("description"), width: "w-48", maxLength: 100 },
            { name: "locationCode", label: t("locationCode"), list: "dl-locations", width: "w-20" },
            { name: "quantity", label: t("quantity"), type: "number", width: "w-24" },
            { name: "outstandingQuantity", label: t("outstandingQuantity"), type: "number", width: "w-24" },
            { name: "reservedQuantity", label: t("reservedQuantity"), type: "number", width: "w-24" },
            { name: "shipmentDate", label: t("shipmentDate"), type: "date", width: "w-36" },
          ]}
          emptyRow={() => ({
            type: "ITEM",
            no: "",
            variantCode: "",
            description: "",
            locationCode: "",
            quantity: "1",
            outstandingQuantity: "",
            reservedQuantity: "0",
            shipmentDate: "",
          })}
        />
      </CardSection>
      <Button type="submit" disabled={pending}>
        {tf("save")}
      </Button>
    </form>
  );
}
