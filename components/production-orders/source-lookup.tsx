"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { lookupSourcesAction } from "@/lib/actions/production-orders";
import type { SourceOption as Option } from "@/lib/services/production-orders/source-lookup";
import { FieldShell, fieldA11y, inputClass } from "@/components/ui/field";

// Source No. with search-as-you-type (an ARIA combobox): only valid sources for the chosen
// Source Type are offered. Arrow keys move, Enter picks, Escape closes; typing a number that
// is not in the list is still allowed — the server checks it either way.
export function SourceLookup(props: {
  sourceType: string;
  status: string;
  value: string;
  onChange: (value: string) => void;
  label: string;
  errors?: string[];
}) {
  const t = useTranslations("orders");
  const ti = useTranslations("items");
  const fmt = useDayFormat();
  // An item's Replenishment System by BC's caption, a sales order's Shipment Date in the user's notation.
  const extra = (o: Option) =>
    o.replenishmentSystem ? ti(`enum.${o.replenishmentSystem}`) : o.shipmentDate ? fmt.day(o.shipmentDate) : "";
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const res = await lookupSourcesAction({ sourceType: props.sourceType, status: props.status, query: props.value });
      if (mine === seq.current) {
        setOptions(res.ok ? res.data : []);
        setActive(-1);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [open, props.value, props.sourceType, props.status]);

  const pick = (o: Option) => {
    props.onChange(o.no);
    setOpen(false);
  };

  return (
    <FieldShell name="sourceNo" label={props.label} errors={props.errors}>
      <div className="relative">
        <input
          {...fieldA11y("sourceNo", props.errors)}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={t("searchSource")}
          value={props.value}
          className={`${inputClass} w-full`}
          onChange={(e) => {
            props.onChange(e.target.value.toUpperCase());
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(options.length - 1, a + 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
              e.preventDefault();
              pick(options[active]);
            } else if (e.key === "Escape") {
              setOpen(false);
            }
          }}
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-label={props.label}
            className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-300 bg-white shadow"
          >
            {options.length === 0 && <li className="px-2 py-1 text-sm text-slate-500">{t("noMatches")}</li>}
            {options.map((o, i) => (
              <li
                key={o.no}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
                className={`cursor-pointer px-2 py-1 text-sm ${i === active ? "bg-blue-100" : "hover:bg-slate-100"}`}
              >
                <span className="font-medium">{o.no}</span> <span className="text-slate-600">{o.description}</span>
                {extra(o) && <span className="ml-2 text-xs text-slate-500">{extra(o)}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </FieldShell>
  );
}
