import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphContext } from "../context.js";

/**
 * One structured log line per GraphQL request: operation, duration, HTTP status and error
 * codes, tagged with the request id that the response header and any error message carry.
 */
export const requestLogPlugin: ApolloServerPlugin<GraphContext> = {
  requestDidStart: ({ contextValue }) => {
    const started = performance.now();
    return Promise.resolve({
      willSendResponse: ({ request, response, errors }) => {
        contextValue.log.info(
          {
            operationName: request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            status: response.http.status ?? 200,
            errorCodes: errors?.map((e) => e.extensions.code ?? "UNKNOWN") ?? [],
          },
          "graphql request",
        );
        return Promise.resolve();
      },
    });
  },
};
