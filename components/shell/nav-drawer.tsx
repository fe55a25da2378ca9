"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

// Below 1024 px (phones, tablets upright) the navigation is a drawer behind the header's menu
// button; from 1024 px it is the fixed sidebar. The drawer closes on navigation, on Escape and
// on a tap beside it, and gives focus back to the button.

const Drawer = createContext<{ open: boolean; setOpen: (open: boolean) => void }>({ open: false, setOpen: () => {} });

export function NavDrawerProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return <Drawer.Provider value={{ open, setOpen }}>{children}</Drawer.Provider>;
}

export function MenuButton({ label }: { label: string }) {
  const { open, setOpen } = useContext(Drawer);
  return (
    <button
      type="button"
      id="nav-menu-button"
      aria-controls="app-nav"
      aria-expanded={open}
      onClick={() => setOpen(!open)}
      className="lg:hidden inline-flex h-10 w-10 items-center justify-center rounded text-slate-700 hover:bg-slate-100"
    >
      <span className="sr-only">{label}</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M4 6h16M4 12h16M4 18h16" />
      </svg>
    </button>
  );
}

export function NavSidebar({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const { open, setOpen } = useContext(Drawer);
  const pathname = usePathname();
  const aside = useRef<HTMLElement>(null);
  const wasOpen = useRef(false);

  // Navigating closes the drawer (the link's page replaces it).
  useEffect(() => setOpen(false), [pathname, setOpen]);

  useEffect(() => {
    if (open) aside.current?.querySelector<HTMLElement>("a, button")?.focus();
    else if (wasOpen.current) document.getElementById("nav-menu-button")?.focus();
    wasOpen.current = open;
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, setOpen]);

  return (
    <>
      {open && (
        <button
          type="button"
          tabIndex={-1}
          aria-label={closeLabel}
          onClick={() => setOpen(false)}
          className="lg:hidden fixed inset-0 z-30 bg-black/40"
        />
      )}
      <aside
        ref={aside}
        id="app-nav"
        className={`${open ? "fixed inset-y-0 left-0 z-40 flex w-72 max-w-[85vw]" : "hidden"} lg:static lg:z-auto lg:flex lg:w-60 shrink-0 bg-slate-900 text-slate-100 flex-col overflow-y-auto`}
      >
        {children}
      </aside>
    </>
  );
}
