"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { usePathname } from "next/navigation";

// A FastTab as in Business Central: its title collapses and expands it (a button, so Enter and
// Space work), and the browser remembers the choice per FastTab for the next visit (local
// storage, read as an external store: the server renders every FastTab open). The choice holds
// for the kind of page (every order card, every item card), as BC's does.
const storageKey = (page: string, id: string) => `fasttab:${page}:${id}`;
const CHANGED = "fasttab-change";

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function useCollapsed(id: string | undefined): [boolean, (collapsed: boolean) => void] {
  const page = usePathname().split("/")[1] ?? "";
  const collapsed = useSyncExternalStore(
    subscribe,
    () => (id ? window.localStorage.getItem(storageKey(page, id)) === "collapsed" : false),
    () => false,
  );
  const set = (value: boolean) => {
    if (!id) return;
    if (value) window.localStorage.setItem(storageKey(page, id), "collapsed");
    else window.localStorage.removeItem(storageKey(page, id));
    window.dispatchEvent(new Event(CHANGED));
  };
  return [collapsed, set];
}

export function FastTab({ id, title, children }: { id?: string; title: string; children: ReactNode }) {
  const [collapsed, setCollapsed] = useCollapsed(id);
  const bodyId = id ? `${id}-body` : undefined;
  return (
    <section aria-labelledby={id ? `${id}-title` : undefined} className="bg-white rounded border border-slate-200 mb-3" data-fasttab={id}>
      <h2 id={id ? `${id}-title` : undefined} className="border-b border-slate-100 font-medium text-slate-800">
        {id ? (
          <button
            type="button"
            onClick={() => setCollapsed(!collapsed)}
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            className="flex w-full items-center gap-2 px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600"
          >
            <span aria-hidden="true" className={`inline-block text-xs text-slate-500 transition-transform ${collapsed ? "" : "rotate-90"}`}>
              ▶
            </span>
            {title}
          </button>
        ) : (
          <span className="block px-3 py-2">{title}</span>
        )}
      </h2>
      <div id={bodyId} className="p-3" hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
