import { z } from "zod";
import { singleLine } from "@/lib/format/single-line";
import { ROLES } from "@/lib/auth/permissions";

// Form schemas shared by the desk's user, setup and profile forms.
export const emailField = z.string().trim().toLowerCase().max(320).email("Enter a valid email address.");
export const nameField = singleLine().min(1, "Enter a name.").max(120, "Use at most 120 characters.");
export const roleField = z.enum(ROLES, { error: "Choose a role." });
export const passwordField = z.string().max(1024);

export const newPasswordSchema = z
  .object({ password: passwordField, confirm: passwordField })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export const setupSchema = z
  .object({ name: nameField, email: emailField, password: passwordField, confirm: passwordField })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });
