import "server-only";
import { logger } from "../logger";
import { currentActor } from "../users/current-actor";
import type { Actor } from "../users/permissions";
import { SIGN_IN_FIRST_MESSAGE } from "./action-result";
import { jsonError, jsonFromDomainError } from "./json-errors";
import { crossOriginRefusal, type SameOriginOptions } from "./same-origin";

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;
type StudioRouteOptions = SameOriginOptions & {
  /** A route that changes data refuses other origins and body types first (same-origin.ts), before the session is read. */
  changesData: boolean;
  /** Names the route in the log when it fails with a bug. */
  name: string;
};

/**
 * Every studio route handler runs through this, as every server action runs through runAction
 * (server-action.ts): the origin check for writes, the session (signed out is one 401), the use case
 * (which throws the domain errors of lib/errors.ts), and one mapping of those errors to JSON answers
 * (json-errors.ts, built on the same domainFailureFrom as the actions'). A bug is logged and answered
 * with a JSON 500: the studio's scripts and components always get an answer they can parse.
 */
export function studioRoute<C>(
  handler: (input: { actor: Actor; request: Request; context: C }) => Promise<Response>,
  { changesData, name, ...sameOrigin }: StudioRouteOptions,
): RouteHandler<C> {
  return async (request, context) => {
    const refusal = changesData ? crossOriginRefusal(request, sameOrigin) : null;
    if (refusal) return refusal;
    const actor = await currentActor();
    if (!actor) {
      // An unread body is dropped, not left for Node to drain (a refused upload may be 50 MB).
      await request.body?.cancel().catch(() => {});
      return jsonError(401, SIGN_IN_FIRST_MESSAGE);
    }
    try {
      return await handler({ actor, request, context });
    } catch (error) {
      const response = jsonFromDomainError(error);
      if (response) return response;
      logger.error({ err: error, route: name }, "studio route failed");
      return jsonError(500, "Something went wrong on our side");
    }
  };
}
