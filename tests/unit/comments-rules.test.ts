import { describe, expect, it } from "vitest";
import {
  COMMENT_EDIT_WINDOW_MS,
  COMMENT_MAX,
  canEditComment,
  linkify,
  mentionQueryAt,
  mentionedIn,
  withinEditWindow,
} from "@/lib/domain/comments";
import { commentCreateSchema } from "@/lib/validations/comment";
import { can, rolesWith, ROLE_PERMISSIONS, type Actor } from "@/lib/domain/permissions";
import { statusUpdateKind } from "@/lib/data/status-notifications";

const AGREEMENT_ID = "cagreement000001";

describe("the 15-minute edit window", () => {
  const created = new Date("2026-12-01T10:00:00Z");
  const at = (ms: number) => new Date(created.getTime() + ms);

  it("is open up to and including 15 minutes after posting, then closed", () => {
    expect(withinEditWindow(created, at(0))).toBe(true);
    expect(withinEditWindow(created, at(COMMENT_EDIT_WINDOW_MS))).toBe(true);
    expect(withinEditWindow(created, at(COMMENT_EDIT_WINDOW_MS + 1))).toBe(false);
  });

  it("is for the author only, and never for a withdrawn comment", () => {
    const comment = { authorId: "u1", createdAt: created, withdrawnAt: null };
    expect(canEditComment(comment, "u1", at(60_000))).toBe(true);
    expect(canEditComment(comment, "u2", at(60_000))).toBe(false);
    expect(canEditComment({ ...comment, withdrawnAt: at(1) }, "u1", at(60_000))).toBe(false);
  });
});

describe("mentions", () => {
  const picked = [
    { id: "u1", name: "Aigerim Nurlanova" },
    { id: "u2", name: "Rashad Aliyev" },
  ];

  it("keeps the picked people still named in the body, each once", () => {
    expect(mentionedIn("@Aigerim Nurlanova and @Aigerim Nurlanova, please check", picked)).toEqual(["u1"]);
    expect(mentionedIn("@Rashad Aliyev @Aigerim Nurlanova", picked).sort()).toEqual(["u1", "u2"]);
  });

  it("drops a mention whose name was deleted from the text", () => {
    expect(mentionedIn("Aigerim, please check (no @)", picked)).toEqual([]);
  });

  it("finds the mention being typed at the caret", () => {
    expect(mentionQueryAt("Hello @Aig", 10)).toEqual({ start: 6, query: "Aig" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail me at a@b.org", 18)).toBeNull();
    expect(mentionQueryAt("@Aigerim\nnext line", 18)).toBeNull();
    expect(mentionQueryAt("no mention here", 5)).toBeNull();
  });

  it("refuses a mention list that is not ids and names", () => {
    const parsed = commentCreateSchema.safeParse({ agreementId: AGREEMENT_ID, body: "hi", mentions: [{ id: "<script>", name: "x" }] });
    expect(parsed.success).toBe(false);
  });
});

describe("comment bodies", () => {
  it("refuses an empty or whitespace-only comment and one over the limit", () => {
    const parse = (body: string) => commentCreateSchema.safeParse({ agreementId: AGREEMENT_ID, body });
    expect(parse("   \n ").error?.issues[0]?.message).toBe("comments.errors.empty");
    expect(parse("x".repeat(COMMENT_MAX + 1)).error?.issues[0]?.message).toBe("comments.errors.tooLong");
    expect(parse("x".repeat(COMMENT_MAX)).success).toBe(true);
  });

  it("makes http and https addresses links, leaving sentence punctuation and other schemes as text", () => {
    expect(linkify("See https://gov.az/plan. Then http://x.kz/a?b=1, ok")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://gov.az/plan", href: "https://gov.az/plan" },
      { kind: "text", text: ". Then " },
      { kind: "link", text: "http://x.kz/a?b=1", href: "http://x.kz/a?b=1" },
      { kind: "text", text: ", ok" },
    ]);
    for (const body of ["javascript:alert(1)", "data:text/html,<b>x</b>", "<a href=\"javascript:x\">y</a>", "ftp://files.example"]) {
      expect(linkify(body).every((s) => s.kind === "text"), body).toBe(true);
    }
  });

  it("keeps markup as text", () => {
    expect(linkify("<b>bold</b>")).toEqual([{ kind: "text", text: "<b>bold</b>" }]);
  });
});

describe("who may comment (the permission map)", () => {
  const agreement = { leadOrganizationId: "socar", partyOrganizationIds: ["socar", "samruk"], archivedAt: null };
  const editorElsewhere: Actor = { id: "e", role: "editor", organizationId: "kz-digital" };
  const viewer: Actor = { id: "v", role: "viewer", organizationId: "socar" };
  const admin: Actor = { id: "a", role: "admin", organizationId: null };

  it("lets editors of any organization and admins comment; viewers read only", () => {
    expect(can(editorElsewhere, "agreement:comment", agreement)).toBe(true);
    expect(can(admin, "agreement:comment", agreement)).toBe(true);
    expect(can(viewer, "agreement:comment", agreement)).toBe(false);
  });

  it("lets only admins withdraw other people's comments", () => {
    expect(can(admin, "comment:moderate")).toBe(true);
    expect(can(editorElsewhere, "comment:moderate")).toBe(false);
    expect(can(viewer, "comment:moderate")).toBe(false);
  });

  it("derives who may be mentioned (readers) from the map, not from a list of roles", () => {
    expect(rolesWith("agreement:read").sort()).toEqual(
      (Object.keys(ROLE_PERMISSIONS) as (keyof typeof ROLE_PERMISSIONS)[]).filter((r) => ROLE_PERMISSIONS[r].includes("agreement:read")).sort(),
    );
    expect(rolesWith("agreement:read")).toContain("viewer");
    expect(rolesWith("comment:moderate")).toEqual(["admin"]);
  });
});

describe("what a status update notifies", () => {
  it("is an alert when the agreement newly turns at risk, delayed or suspended", () => {
    expect(statusUpdateKind("on_track", "at_risk")).toBe("status_alert");
    expect(statusUpdateKind("on_track", "delayed")).toBe("status_alert");
    expect(statusUpdateKind("at_risk", "suspended")).toBe("status_alert");
  });

  it("is a routine update when the status stays or turns to anything else", () => {
    expect(statusUpdateKind("at_risk", "at_risk")).toBe("status_update");
    expect(statusUpdateKind("delayed", "on_track")).toBe("status_update");
    expect(statusUpdateKind("on_track", "completed")).toBe("status_update");
  });
});
