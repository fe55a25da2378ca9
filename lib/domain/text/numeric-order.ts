// Codes that hold numbers sort as people read them: operation 9 before 10, work center WC2 before
// WC10. One collator for all: localeCompare with options builds a new one per call (~30 µs each).
export const numericOrder = new Intl.Collator("en", { numeric: true });
