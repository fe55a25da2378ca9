// Stands in for the 'server-only' package under vitest (it throws outside React Server builds).
export {};
