import { NextResponse, type NextRequest } from "next/server";
import { deskGate } from "@/lib/auth/desk-gate";
import { seoProxy } from "@/lib/seo/proxy";

// Conveniences only (redirects, headers). Authorisation happens in the server code that
// touches data, never here.
export async function proxy(request: NextRequest) {
  return (await deskGate(request)) ?? seoProxy(request) ?? NextResponse.next();
}

export const config = {
  // Static assets and image optimisation never need the proxy.
  matcher: ["/((?!_next/static|_next/image|media/|favicon.ico).*)"],
};
