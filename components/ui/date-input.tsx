"use client";

import { useLocale } from "next-intl";
import { useState, type ChangeEvent, type InputHTMLAttributes } from "react";
import { dayPattern, formatDay, parseDay, type DayLocale } from "@/lib/domain/dates/day-input";

// A date field that shows and reads the user's format (dd-mm-jjjj in Dutch) whatever the
// browser's language: a text input for people, a hidden input with yyyy-mm-dd for the form (so
// actions and filters receive what they did before). A text that is not a date travels as typed,
// and the action's validation puts its message beside the field. onChange receives the
// yyyy-mm-dd value as event.target.value, as a native date input would give it.

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "defaultValue" | "onChange"> & {
  value?: string;
  defaultValue?: string;
  onChange?: (e: ChangeEvent<HTMLInputElement>) => void;
};

export function DateInput({ name, value, defaultValue, onChange, onBlur, ...props }: Props) {
  const locale = (useLocale() === "nl" ? "nl" : "en") as DayLocale;
  const [text, setText] = useState(() => formatDay(value ?? defaultValue ?? "", locale));
  const [seen, setSeen] = useState(value);
  // A controlled value changed from outside (a source that proposes a date): show it.
  if (value !== seen) {
    setSeen(value);
    if ((parseDay(text, locale) ?? text) !== value) setText(formatDay(value ?? "", locale));
  }
  const iso = parseDay(text, locale) ?? text;
  return (
    <>
      <input
        {...props}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={props.placeholder ?? dayPattern(locale)}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseDay(e.target.value, locale) ?? e.target.value;
          onChange?.({ target: { value: next }, currentTarget: { value: next } } as unknown as ChangeEvent<HTMLInputElement>);
        }}
        onBlur={(e) => {
          const parsed = parseDay(text, locale);
          if (parsed) setText(formatDay(parsed, locale));
          onBlur?.(e);
        }}
      />
      {name && !props.disabled && <input type="hidden" name={name} value={iso} />}
    </>
  );
}
