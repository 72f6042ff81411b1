// Stands in for the `server-only` marker package under Vitest (plain Node, not a React server).
export {};
