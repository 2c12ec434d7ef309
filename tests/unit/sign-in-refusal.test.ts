// Auth.js's own classes (next-auth re-exports only some of them).
import { CallbackRouteError, CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { signInRefusal } from "@/lib/auth/sign-in-refusal";

class Coded extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

describe("what the login form says when Auth.js refuses a password sign-in", () => {
  it("a plain CredentialsSignin (authorize returned null) is a wrong e-mail or password", () => {
    expect(signInRefusal(new CredentialsSignin())).toBe("invalid");
  });

  it("our codes pass through; an unknown code is still a refusal of the credentials", () => {
    expect(signInRefusal(new Coded("locked"))).toBe("locked");
    expect(signInRefusal(new Coded("throttled"))).toBe("throttled");
    expect(signInRefusal(new Coded("password-off"))).toBe("password-off");
    expect(signInRefusal(new Coded("something-else"))).toBe("invalid");
  });

  it("an error inside authorize or the session callback (the database busy) is never called a wrong password", () => {
    // What Auth.js threw when the throttle's LoginAttempt write timed out (P1008).
    const cause = new Error("Invalid `prisma.loginAttempt.create()` invocation: Operation has timed out");
    const busy = new CallbackRouteError("Read more at https://errors.authjs.dev#callbackrouteerror", { cause });
    expect(signInRefusal(busy)).toBe("unavailable");
  });
});
