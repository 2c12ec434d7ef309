import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, trackableAgreementsWhere, type Actor } from "@/lib/domain/permissions";

const agreement = { leadOrganizationId: "socar", partyOrganizationIds: ["socar", "samruk"], archivedAt: null };
const admin: Actor = { id: "a", role: "admin", organizationId: null };
const leadEditor: Actor = { id: "e1", role: "editor", organizationId: "socar" };
const partyEditor: Actor = { id: "e2", role: "editor", organizationId: "samruk" };
const otherEditor: Actor = { id: "e3", role: "editor", organizationId: "kz-digital" };
const viewer: Actor = { id: "v", role: "viewer", organizationId: "socar" };

describe("can", () => {
  it("lets admins do everything", () => {
    for (const p of PERMISSIONS) expect(can(admin, p, agreement), p).toBe(true);
  });

  it("lets an editor track agreements its organization leads or is a party to, and no others", () => {
    expect(can(leadEditor, "agreement:track", agreement)).toBe(true);
    expect(can(partyEditor, "agreement:track", agreement)).toBe(true);
    expect(can(otherEditor, "agreement:track", agreement)).toBe(false);
  });

  it("never lets a viewer change anything, even of its own organization", () => {
    expect(can(viewer, "agreement:track", agreement)).toBe(false);
    expect(can(viewer, "agreement:manage", agreement)).toBe(false);
    expect(can(viewer, "agreement:read")).toBe(true);
    expect(can(viewer, "report:export")).toBe(true);
  });

  it("keeps agreement management, users, challenges and the audit log for admins", () => {
    for (const p of ["agreement:manage", "user:manage", "challenge:manage", "audit:read", "agreement:import"] as const) {
      expect(can(leadEditor, p, agreement), p).toBe(false);
    }
  });

  it("refuses tracking an archived agreement to editors", () => {
    expect(can(leadEditor, "agreement:track", { ...agreement, archivedAt: new Date() })).toBe(false);
  });

  it("refuses an editor without an organization", () => {
    expect(can({ id: "x", role: "editor", organizationId: null }, "agreement:track", agreement)).toBe(false);
  });

  it("grants viewers a subset of editors' permissions and editors a subset of admins'", () => {
    for (const p of ROLE_PERMISSIONS.viewer) expect(ROLE_PERMISSIONS.editor).toContain(p);
    for (const p of ROLE_PERMISSIONS.editor) expect(ROLE_PERMISSIONS.admin).toContain(p);
  });
});

describe("trackableAgreementsWhere", () => {
  it("scopes an editor's writes to its organization's agreements", () => {
    expect(trackableAgreementsWhere(leadEditor)).toEqual({
      archivedAt: null,
      OR: [{ leadOrganizationId: "socar" }, { parties: { some: { organizationId: "socar" } } }],
    });
  });
  it("matches nothing for a viewer", () => {
    expect(trackableAgreementsWhere(viewer)).toEqual({ id: { in: [] } });
  });
});
