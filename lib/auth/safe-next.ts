/** Where to send a user after sign-in: only a path inside the desk, never another site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/admin") || next.startsWith("//") || next.includes("\\")) return "/admin";
  try {
    const url = new URL(next, "http://desk.invalid");
    return url.origin === "http://desk.invalid" &&
      url.pathname.startsWith("/admin") &&
      !url.pathname.startsWith("/admin/login")
      ? `${url.pathname}${url.search}`
      : "/admin";
  } catch {
    return "/admin";
  }
}
