import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "./secret";
import { sessionCookieName } from "./session-cookie";

// Pages of the desk that work without a session.
const PUBLIC = [/^\/admin\/login\/?$/, /^\/admin\/setup\/?$/, /^\/admin\/reset\/[^/]+\/?$/];

/**
 * Sends visitors without a session to the sign-in page, remembering where they were going.
 * A convenience only: every desk page and action checks the session and role itself.
 */
export async function deskGate(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  if (!pathname.startsWith("/admin") || PUBLIC.some((re) => re.test(pathname))) return null;
  // Server actions answer with their own "sign in again" state rather than a redirect.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const secure = request.nextUrl.protocol === "https:" || (process.env.SITE_URL ?? "").startsWith("https://");
  const token = await getToken({
    req: request,
    secret: authSecret(),
    cookieName: sessionCookieName(secure),
    secureCookie: secure,
  });
  if (token?.uid) return null;
  const login = new URL("/admin/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}
