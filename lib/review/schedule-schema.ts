// "Publish at": one schema for the review screen and the server. The browser turns the editor's local
// date and time into an ISO instant (it knows the editor's time zone); the server checks the instant.
import { z } from "zod";

export const MIN_LEAD_SECONDS = 5;
export const MAX_LEAD_DAYS = 366;

export function publishAtSchema(now: Date) {
  return z
    .string({ error: "Enter a date and time" })
    .trim()
    .min(1, "Enter a date and time")
    .pipe(z.iso.datetime({ offset: true, error: "Enter a date and time" }))
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() >= now.getTime() + MIN_LEAD_SECONDS * 1000, "Choose a time in the future")
    .refine((date) => date.getTime() <= now.getTime() + MAX_LEAD_DAYS * 86_400_000, "Choose a time within a year");
}
