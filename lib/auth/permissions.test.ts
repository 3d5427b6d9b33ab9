import { describe, expect, it } from "vitest";
import { ACTIONS, can, canEditArticle, canPublishArticle, ROLES, type Action, type Role } from "./permissions";

// The whole matrix, written out: every role against every action.
const EXPECTED: Record<Action, Role[]> = {
  "desk:enter": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
  "article:create": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
  "article:edit-own": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
  "article:submit": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
  "article:publish-own": ["ADMIN", "EDITOR", "AUTHOR"],
  "article:edit-any": ["ADMIN", "EDITOR"],
  "article:publish-any": ["ADMIN", "EDITOR"],
  "article:delete-any": ["ADMIN", "EDITOR"],
  "media:upload": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
  "media:manage": ["ADMIN", "EDITOR"],
  "taxonomy:manage": ["ADMIN", "EDITOR"],
  "users:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "profile:edit-own": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
  "budget:manage": ["ADMIN", "EDITOR"],
};

describe("permission matrix", () => {
  it("names every action", () => expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort()));

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => expect(can(role, action)).toBe(allowed));
    }
  }
});

describe("article ownership", () => {
  const me = "u1";
  const other = "u2";
  it.each([
    ["CONTRIBUTOR", [me], true, false],
    ["CONTRIBUTOR", [other], false, false],
    ["AUTHOR", [me], true, true],
    ["AUTHOR", [other, me], true, true],
    ["AUTHOR", [other], false, false],
    ["EDITOR", [other], true, true],
    ["ADMIN", [other], true, true],
  ] as const)("%s on an article by %j: edit %s, publish %s", (role, owners, edit, publish) => {
    expect(canEditArticle({ id: me, role }, [...owners])).toBe(edit);
    expect(canPublishArticle({ id: me, role }, [...owners])).toBe(publish);
  });
});
