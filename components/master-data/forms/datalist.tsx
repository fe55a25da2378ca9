// Suggestions for a code field (units, locations, routings …); the service still checks the value.
export function Datalist({ id, options }: { id: string; options: { value: string; label?: string }[] }) {
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </datalist>
  );
}
