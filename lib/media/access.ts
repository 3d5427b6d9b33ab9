import { can, type Role } from "@/lib/auth/permissions";

/** Everyone who may upload may describe or delete their own images; `media:manage` covers anyone's. */
export function canChangeMedia(user: { id: string; role: Role }, uploaderId: string | null | undefined): boolean {
  return can(user.role, "media:manage") || (can(user.role, "media:upload") && !!uploaderId && uploaderId === user.id);
}
