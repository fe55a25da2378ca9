"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

// BC's keyboard shortcuts that apply here, and their list on Shift+? (BC: Ctrl+F1 opens its
// list; browsers keep F1 for help). Alt+N presses the page's New (the element marked
// data-shortcut="new"); Alt+Q is Tell Me's own (listed here).

export const SHORTCUTS = [
  { keys: "Alt+Q", action: "tellMe" },
  { keys: "Alt+N", action: "new" },
  { keys: "Shift+?", action: "list" },
  { keys: "Esc", action: "close" },
  { keys: "Alt+Shift+M", action: "menu" },
] as const;

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));

export function KeyboardShortcuts() {
  const t = useTranslations("shell");
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // e.code: on a Mac, Alt+N types a character ("˜") instead of reporting "n".
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === "KeyN") {
        const target = document.querySelector<HTMLElement>('[data-shortcut="new"]');
        if (target) {
          e.preventDefault();
          target.click();
        }
        return;
      }
      if (e.altKey && e.shiftKey && e.code === "KeyM") {
        const menu = document.getElementById("nav-menu-button");
        const first = document.querySelector<HTMLElement>("#app-nav a");
        e.preventDefault();
        if (menu && menu.offsetParent !== null) menu.click();
        else first?.focus();
        return;
      }
      if (e.key === "?" && !e.altKey && !e.ctrlKey && !e.metaKey && !typing(e.target) && !dialog.current?.open) {
        e.preventDefault();
        dialog.current?.showModal();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-keyshortcuts="Shift+?"
        className="hidden sm:inline-flex h-8 w-8 items-center justify-center rounded-full border border-slate-300 text-sm text-slate-700 hover:bg-slate-100"
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">{t("shortcutsButton")}</span>
      </button>
      <dialog ref={dialog} aria-labelledby="shortcuts-title" className="rounded-lg p-0 backdrop:bg-black/30 m-auto w-full max-w-md">
        <div className="p-4 space-y-3">
          <h2 id="shortcuts-title" className="text-lg font-semibold">
            {t("shortcuts.title")}
          </h2>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("shortcuts.title")}</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("shortcuts.keys")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("shortcuts.action")}
                </th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.keys} className="border-t border-slate-100">
                  <td className="py-1.5 pr-3 whitespace-nowrap">
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{s.keys}</kbd>
                  </td>
                  <td className="py-1.5">{t(`shortcuts.${s.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <form method="dialog" className="flex justify-end">
            <button type="submit" autoFocus className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800">
              {t("close")}
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
