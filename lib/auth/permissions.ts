// The desk's permission matrix: one place that says which role may do what.
export const ROLES = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  EDITOR: "Editor",
  AUTHOR: "Author",
  CONTRIBUTOR: "Contributor",
};

export const ACTIONS = [
  "desk:enter",
  "article:create",
  "article:edit-own",
  "article:edit-any",
  "article:submit",
  "article:publish-own",
  "article:publish-any",
  "article:delete-any",
  "media:upload",
  "media:manage",
  "taxonomy:manage",
  "users:manage",
  "settings:manage",
  "profile:edit-own",
  "budget:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const CONTRIBUTOR: Action[] = [
  "desk:enter",
  "article:create",
  "article:edit-own",
  "article:submit",
  "media:upload",
  "profile:edit-own",
];
const AUTHOR: Action[] = [...CONTRIBUTOR, "article:publish-own"];
const EDITOR: Action[] = [
  ...AUTHOR,
  "article:edit-any",
  "article:publish-any",
  "article:delete-any",
  "media:manage",
  "taxonomy:manage",
  "budget:manage",
];
const ADMIN: Action[] = [...EDITOR, "users:manage", "settings:manage"];

export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  CONTRIBUTOR: new Set(CONTRIBUTOR),
  AUTHOR: new Set(AUTHOR),
  EDITOR: new Set(EDITOR),
  ADMIN: new Set(ADMIN),
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}

/** Ownership-aware checks for one article: `ownerIds` are its bylined authors. */
export function canEditArticle(user: { id: string; role: Role }, ownerIds: string[]): boolean {
  return can(user.role, "article:edit-any") || (can(user.role, "article:edit-own") && ownerIds.includes(user.id));
}

export function canPublishArticle(user: { id: string; role: Role }, ownerIds: string[]): boolean {
  return can(user.role, "article:publish-any") || (can(user.role, "article:publish-own") && ownerIds.includes(user.id));
}

export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (ROLES as readonly string[]).includes(value);

/** The rule "this role may do that", named for an action's `authorize` and a page's control. */
export const allowedTo =
  (action: Action) =>
  (user: { role: Role }): boolean =>
    can(user.role, action);
