import { describe, expect, it } from "vitest";
import { roles } from "@/lib/enums";
import { can, missingScope, permissions, rolePermissions, scopesFor } from "./permissions";

describe("permissions", () => {
  it("gives admins every permission", () => {
    for (const permission of permissions) expect(can({ role: "ADMIN" }, permission)).toBe(true);
  });

  it("keeps user management and verification away from reviewers", () => {
    expect(can({ role: "REVIEWER" }, "user.manage")).toBe(false);
    expect(can({ role: "REVIEWER" }, "claim.verify")).toBe(false);
    expect(can({ role: "REVIEWER" }, "export.csv")).toBe(false);
    expect(can({ role: "REVIEWER" }, "claim.create")).toBe(true);
  });

  it("lets editors verify and export but not manage users", () => {
    expect(can({ role: "EDITOR" }, "claim.verify")).toBe(true);
    expect(can({ role: "EDITOR" }, "export.csv")).toBe(true);
    expect(can({ role: "EDITOR" }, "user.manage")).toBe(false);
  });

  it("denies everything to nobody", () => {
    expect(can(null, "article.read")).toBe(false);
  });

  it("grants each role a superset of the role below it", () => {
    const [admin, editor, reviewer] = roles.map((role) => new Set(rolePermissions[role]));
    for (const p of reviewer) expect(editor.has(p)).toBe(true);
    for (const p of editor) expect(admin.has(p)).toBe(true);
  });

  it("narrows a token to its scopes, never beyond its owner's role", () => {
    const readOnly = { role: "ADMIN" as const, token: { id: "t", name: "Reader", scopes: ["read" as const] } };
    expect(can(readOnly, "article.read")).toBe(true);
    expect(can(readOnly, "claim.create")).toBe(false);
    expect(can(readOnly, "export.csv")).toBe(false);
    expect(missingScope(readOnly, "user.manage")).toBe("admin");
    const reviewerWithAll = { role: "REVIEWER" as const, token: { id: "t", name: "All", scopes: ["read", "write", "export", "admin"] as const } };
    expect(can(reviewerWithAll, "export.csv")).toBe(false);
    expect(missingScope(reviewerWithAll, "export.csv")).toBeNull();
  });

  it("offers the admin scope to admins only", () => {
    expect(scopesFor("ADMIN")).toEqual(["read", "write", "export", "admin"]);
    expect(scopesFor("EDITOR")).toEqual(["read", "write", "export"]);
    expect(scopesFor("REVIEWER")).toEqual(["read", "write"]);
  });
});
