// Client-safe. A string that arrives from outside (a form value, a query parameter, a database text
// column) narrowed to a record's keys by checking it, not by casting it.

/** Whether `key` is one of `record`'s own keys. */
export function isKeyOf<T extends object>(record: T, key: PropertyKey | null | undefined): key is keyof T {
  return key !== null && key !== undefined && Object.hasOwn(record, key);
}

/** A record's own keys, typed as its key union (Object.keys answers string[]). */
export function keysOf<T extends object>(record: T): Extract<keyof T, string>[] {
  return Object.keys(record).filter((key): key is Extract<keyof T, string> => isKeyOf(record, key));
}
