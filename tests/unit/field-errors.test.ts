import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import { loginSchema } from "@/lib/validations/auth";

describe("fieldErrorsOf", () => {
  it("keeps a schema's own catalog key, the first problem of each field", () => {
    const parsed = loginSchema.safeParse({ email: "not-an-address", password: "" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ email: ["validation.email"], password: ["validation.required"] });
  });

  it("shows a field a hand-made request left out as required, not zod's English sentence", () => {
    // The sign-in form always sends both fields; a POST without them got
    // "Invalid input: expected string, received undefined" as its message (and MISSING_MESSAGE).
    const parsed = loginSchema.safeParse({});
    expect(fieldErrorsOf(parsed.error!)).toEqual({ email: ["validation.required"], password: ["validation.required"] });
  });

  it("shows any other problem without a key of its own as invalid", () => {
    const parsed = z.object({ when: z.iso.date() }).safeParse({ when: "tomorrow" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ when: ["validation.invalid"] });
  });
});
