import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { openDeskSession, SESSION_MAX_AGE_S } from "./desk-sessions";
import { signOutDeskSession } from "./own-sessions";
import { isRole } from "./permissions";
import { authSecret } from "./secret";
import { sessionCookieName } from "./session-cookie";

// next-auth reads its own origin from NEXTAUTH_URL; the site's origin is the default.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

/** Thrown to the sign-in form; the message says nothing about whether the account exists. */
export const LOCKED_ERROR = "TooManyAttempts";

const secure = env.SITE_URL.startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  useSecureCookies: secure,
  cookies: {
    sessionToken: {
      name: sessionCookieName(secure),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure },
    },
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === "string" ? credentials.email.slice(0, 320) : "";
        const password = typeof credentials?.password === "string" ? credentials.password.slice(0, 1024) : "";
        if (!email || !password) return null;
        const result = await authenticate(db, email, password, clientIp(req?.headers ?? {}));
        if (!result.ok) {
          if (result.reason === "locked") throw new Error(LOCKED_ERROR);
          return null;
        }
        const { id, name, email: address, role, sessionVersion } = result.user;
        const userAgent = req?.headers?.["user-agent"] as string | undefined;
        const sessionId = await openDeskSession(db, id, userAgent);
        return { id, name, email: address, role, sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role?: unknown; sessionVersion?: unknown; sessionId?: unknown };
        token.uid = u.id;
        token.role = isRole(u.role) ? u.role : undefined;
        token.sv = typeof u.sessionVersion === "number" ? u.sessionVersion : -1;
        token.sid = typeof u.sessionId === "string" ? u.sessionId : undefined;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, role: token.role, sv: token.sv, sid: token.sid } as typeof session;
    },
  },
  events: {
    // The cookie being cleared is not enough: a copy taken before would still be a valid token.
    async signOut({ token }) {
      if (typeof token?.sid !== "string" || typeof token.uid !== "string") return;
      await signOutDeskSession(db, token.sid, token.uid);
    },
  },
};
