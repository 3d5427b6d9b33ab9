import { can, type Role } from "@/lib/auth/permissions";

/** Everyone who may upload may describe or delete their own images; `media:manage` covers anyone's. */
export function canChangeMedia(user: { id: string; role: Role }, uploaderId: string | null | undefined): boolean {
  return can(user.role, "media:manage") || (can(user.role, "media:upload") && !!uploaderId && uploaderId === user.id);
}

/** The same rule for a library item: the media page shows its edit and delete controls by it. */
export const mayChangeMedia = (user: { id: string; role: Role }, item: { uploader?: { id: string } | null }) =>
  canChangeMedia(user, item.uploader?.id);
