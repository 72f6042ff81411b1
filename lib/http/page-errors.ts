import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "../errors";

/**
 * The one path from a use case's domain errors to a page's answer: a missing thing renders
 * not-found.tsx (404), a refused one forbidden.tsx (403); anything else is a bug for error.tsx.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
