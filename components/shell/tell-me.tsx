"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { recordTellMeRecentAction, searchTellMeAction } from "@/lib/actions/tell-me";
import type { TellMeGroup, TellMeItem } from "@/lib/data/tell-me/search";

// Tell Me (issue 24): the header's search icon and Alt+Q (Business Central's shortcut) open it
// on every page. ARIA combobox with a grouped listbox: arrows move, Enter opens, Escape closes;
// the result count is announced. What it lists comes from the server, already filtered by role.

const DEBOUNCE_MS = 120;

export function TellMe() {
  const t = useTranslations("tellMe");
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [groups, setGroups] = useState<TellMeGroup[]>([]);
  const [active, setActive] = useState(0);
  const [pending, setPending] = useState(false);
  // The latest request wins; Enter typed before its answer opens the answer's first result.
  const seq = useRef(0);
  const enterPending = useRef(false);

  const items = groups.flatMap((g) => g.items);
  const optionId = (i: number) => `${id}-option-${i}`;

  const open = useCallback(() => {
    setQuery("");
    setGroups([]);
    setActive(0);
    dialog.current?.showModal();
    input.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === "KeyQ") {
        e.preventDefault();
        if (!dialog.current?.open) open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const choose = useCallback(
    (item: TellMeItem | undefined) => {
      if (!item) return;
      dialog.current?.close();
      if (item.command) {
        // An action on the order card shown: its own button opens its dialog.
        document.querySelector<HTMLButtonElement>(`[data-tell-me-action="${item.command}"]`)?.click();
        return;
      }
      void recordTellMeRecentAction({ href: item.href });
      router.push(item.href);
    },
    [router],
  );

  const search = (value: string) => {
    setQuery(value);
    const mine = ++seq.current;
    if (!value.trim()) {
      setGroups([]);
      setPending(false);
      return;
    }
    setPending(true);
    setTimeout(async () => {
      if (mine !== seq.current) return;
      const result = await searchTellMeAction({ query: value, path: pathname });
      if (mine !== seq.current) return;
      const found = result.ok ? result.data : [];
      setGroups(found);
      setActive(0);
      setPending(false);
      if (enterPending.current) {
        enterPending.current = false;
        choose(found[0]?.items[0]);
      }
    }, DEBOUNCE_MS);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!items.length) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + items.length) % items.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (pending) enterPending.current = true;
      else choose(items[active]);
    }
  };

  let index = 0;
  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-label={t("open")}
        aria-keyshortcuts="Alt+Q"
        title={`${t("open")} (${t("shortcut")})`}
        className="inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
        data-testid="tell-me-button"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" strokeLinecap="round" />
        </svg>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        onClose={() => {
          seq.current++;
          enterPending.current = false;
          setPending(false);
        }}
        className="rounded-lg p-0 backdrop:bg-black/30 mx-auto mt-16 w-full max-w-xl"
      >
        <div className="p-3 space-y-2">
          <div className="flex items-center justify-between">
            <h2 id={`${id}-title`} className="font-semibold text-sm">
              {t("title")}
            </h2>
            <button type="button" onClick={() => dialog.current?.close()} className="text-sm text-blue-700 hover:underline">
              {t("close")}
            </button>
          </div>
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-hint`}
            aria-expanded={items.length > 0}
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={items.length ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            maxLength={50}
            value={query}
            placeholder={t("placeholder")}
            onChange={(e) => search(e.target.value)}
            onKeyDown={onKeyDown}
            className="w-full rounded border border-slate-300 px-2 py-1.5 text-sm"
          />
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {t("hint")}
          </p>
          <p role="status" className="sr-only">
            {pending
              ? t("searching")
              : query.trim()
                ? items.length
                  ? t("results", { count: items.length })
                  : t("none", { query: query.trim() })
                : ""}
          </p>
          <div id={`${id}-listbox`} role="listbox" aria-labelledby={`${id}-title`} className="max-h-96 overflow-y-auto">
            {groups.map((g) => (
              <div key={g.kind} role="group" aria-labelledby={`${id}-group-${g.kind}`} className="py-1">
                <p
                  id={`${id}-group-${g.kind}`}
                  role="presentation"
                  className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-600"
                >
                  {t(`groups.${g.kind}`)}
                </p>
                {g.items.map((item) => {
                  const i = index++;
                  return (
                    <div
                      key={`${item.href}|${item.command ?? ""}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => choose(item)}
                      onMouseMove={() => setActive(i)}
                      className={`cursor-pointer rounded px-2 py-1 text-sm ${i === active ? "bg-blue-100 text-slate-900" : "text-slate-800"}`}
                    >
                      <span className="font-medium">{item.label}</span>
                      {item.detail && <span className="ml-2 text-slate-600">{item.detail}</span>}
                    </div>
                  );
                })}
              </div>
            ))}
            {!pending && query.trim() && items.length === 0 && (
              <p className="px-2 py-1 text-sm text-slate-600">{t("none", { query: query.trim() })}</p>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
