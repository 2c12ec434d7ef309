import { describe, expect, it } from "vitest";
import { emailFragments, nameFragments, passwordProblem } from "@/lib/domain/password-policy";
import { newPasswordProblem } from "@/lib/data/password-policy";
import { newPasswordSchema } from "@/lib/validations/auth";

const owner = { name: "Leyla Mammadova-Aliyeva", email: "l.mammadova@energy.gov.az" };
const nothingCommon = () => false;

describe("passwordProblem", () => {
  it("accepts a password unrelated to the person and not on the list", () => {
    expect(passwordProblem("Ferry-route-9-lanterns", owner, nothingCommon)).toBeNull();
  });

  it("refuses a listed password, compared lower-cased", () => {
    const listed = new Set(["qwerty123456"]);
    expect(passwordProblem("QWERTY123456", owner, (p) => listed.has(p))).toBe("passwordPolicy.common");
  });

  it("refuses each name part of 3 letters or more, in any case", () => {
    expect(passwordProblem("my-ALIYEVA-pass-77", owner, nothingCommon)).toBe("passwordPolicy.containsName");
    expect(passwordProblem("xx-leyla-2026-yy", owner, nothingCommon)).toBe("passwordPolicy.containsName");
  });

  it("does not refuse name parts shorter than 3 letters", () => {
    expect(nameFragments("Li Wu Anna")).toEqual(["anna"]);
    expect(passwordProblem("li-wu-river-2026", { name: "Li Wu", email: "x@y.z" }, nothingCommon)).toBeNull();
  });

  it("refuses the e-mail's local part and its words", () => {
    expect(emailFragments("l.mammadova@energy.gov.az")).toEqual(["l.mammadova", "mammadova"]);
    const other = { name: "Someone Else", email: "ops.desk@energy.gov.az" };
    expect(passwordProblem("Ops.Desk-2026-pass", other, nothingCommon)).toBe("passwordPolicy.containsEmail");
    expect(passwordProblem("the-desk-is-9-ok", other, nothingCommon)).toBe("passwordPolicy.containsEmail");
  });

  it("handles names in other scripts", () => {
    expect(passwordProblem("мой-ИВАНОВ-2026-пароль", { name: "Пётр Иванов", email: "p@x.ru" }, nothingCommon)).toBe(
      "passwordPolicy.containsName",
    );
  });
});

describe("newPasswordProblem (the shipped list)", () => {
  it("refuses breached passwords that pass the shape rules, and accepts a good one", async () => {
    for (const breached of ["Qwerty123456", "1qaz2wsx3edc", "iloveyou1234"]) {
      expect(newPasswordSchema.safeParse(breached).success).toBe(true);
      expect(await newPasswordProblem(breached, owner)).toBe("passwordPolicy.common");
    }
    expect(await newPasswordProblem("Ferry-route-9-lanterns", owner)).toBeNull();
  });
});
