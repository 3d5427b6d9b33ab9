import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Signing in takes a POST only. next-auth answers a GET of the credentials callback with a 500,
 * which is the caller's mistake, not the server's: it is refused with 405 before it gets there.
 */
async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials")
    return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
  return handler(request, context);
}

export { GET, handler as POST };
