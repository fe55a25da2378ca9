import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { DateInput } from "@/components/ui/date-input";

// Form fields with their label and their error beside them: the error is linked to the input
// with aria-describedby and announced (aria-live), as principle 2 of the style guide asks.

type FieldProps = { name: string; label: string; errors?: string[]; hint?: ReactNode };

export function FieldShell({ name, label, errors, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`f-${name}`} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`f-${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <p id={`f-${name}-error`} aria-live="polite" className="text-sm text-red-700" data-field-error={name}>
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export function fieldA11y(name: string, errors?: string[], hint?: ReactNode) {
  return {
    id: `f-${name}`,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [`f-${name}-error`, hint ? `f-${name}-hint` : ""].filter(Boolean).join(" "),
  } as const;
}

const inputClass = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

export function TextField({ name, label, errors, hint, className = "", ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  if (props.type === "date") {
    const { type: _date, value, defaultValue, ...rest } = props;
    return (
      <FieldShell name={name} label={label} errors={errors} hint={hint}>
        <DateInput
          {...rest}
          value={value as string | undefined}
          defaultValue={defaultValue as string | undefined}
          {...fieldA11y(name, errors, hint)}
          className={`${inputClass} ${className}`}
        />
      </FieldShell>
    );
  }
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint}>
      <input {...props} {...fieldA11y(name, errors, hint)} className={`${inputClass} ${className}`} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  options,
  className = "",
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint}>
      <select {...props} {...fieldA11y(name, errors, hint)} className={`${inputClass} ${className}`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, errors, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label className="inline-flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" {...props} {...fieldA11y(name, errors)} value="on" className="h-4 w-4" />
        {label}
      </label>
      <p id={`f-${name}-error`} aria-live="polite" className="text-sm text-red-700" data-field-error={name}>
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export { inputClass };
