import { GraphQLError } from "graphql";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.js";

export interface SuggestionRateLimit {
  /** Counts one suggestion for the address; throws RATE_LIMITED (429) past the limit. */
  consume(clientAddress: string): Promise<void>;
}

/**
 * Anonymous suggestions per client address per window, in this process's memory: enough for
 * one instance; behind a load balancer each instance counts on its own, which only loosens
 * the limit by the number of instances.
 */
export function createSuggestionRateLimit(config: Config): SuggestionRateLimit {
  const limiter = new RateLimiterMemory({
    points: config.SUGGESTION_RATE_LIMIT,
    duration: config.SUGGESTION_RATE_WINDOW_S,
  });
  return {
    consume: async (clientAddress) => {
      try {
        await limiter.consume(clientAddress);
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        throw new GraphQLError(
          `Too many suggestions from your address: at most ${config.SUGGESTION_RATE_LIMIT} per ` +
            `${formatWindow(config.SUGGESTION_RATE_WINDOW_S)}. Please try again in ${formatDelay(retryAfter)}.`,
          { extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter, http: { status: 429 } } },
        );
      }
    },
  };
}

function formatWindow(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? "hour" : `${seconds / 3600} hours`;
  return seconds === 1 ? "second" : `${seconds} seconds`;
}

function formatDelay(seconds: number): string {
  if (seconds >= 120) return `${Math.ceil(seconds / 60)} minutes`;
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
