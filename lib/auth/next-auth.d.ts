import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
    /** The user's session version when this token was issued. */
    sv?: number;
    /** The DeskSession this token belongs to: refused once that session has ended. */
    sid?: string;
  }
}
