import { describe, expect, it } from "vitest";
import { renewalPlan } from "./oidc-session";

const hour = 3_600_000;

describe("renewalPlan", () => {
  it("renews an hour-long session after three quarters of it", () => {
    expect(renewalPlan({ refreshToken: "r", issuedAt: 0, expiresAt: hour }, 0)).toEqual({
      action: "renew",
      inMs: 0.75 * hour,
    });
  });

  it("renews a short session at least 30 s before it expires", () => {
    expect(renewalPlan({ refreshToken: "r", issuedAt: 0, expiresAt: 40_000 }, 1_000)).toEqual({
      action: "renew",
      inMs: 9_000,
    });
    // Shorter than 30 s altogether: renew at once.
    expect(renewalPlan({ refreshToken: "r", issuedAt: 0, expiresAt: 20_000 }, 5_000)).toEqual({
      action: "renew",
      inMs: 0,
    });
  });

  it("without a refresh token, ends the session when the token expires", () => {
    expect(renewalPlan({ refreshToken: null, issuedAt: 0, expiresAt: hour }, hour - 5_000)).toEqual({
      action: "expire",
      inMs: 5_000,
    });
    expect(renewalPlan({ refreshToken: null, issuedAt: 0, expiresAt: hour }, hour + 5_000)).toEqual({
      action: "expire",
      inMs: 0,
    });
  });
});
