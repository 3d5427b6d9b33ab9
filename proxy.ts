import { NextResponse, type NextRequest } from "next/server";
import { deskGate } from "@/lib/auth/desk-gate";
import { seoProxy } from "@/lib/seo/proxy";

// Conveniences only (redirects, headers). Authorisation happens in the server code that
// touches data, never here.
export async function proxy(request: NextRequest) {
  return (await deskGate(request)) ?? seoProxy(request) ?? NextResponse.next();
}

export const config = {
  // Static assets and media never need the proxy. Uploads (api/media) must bypass it too: a
  // proxied request body is buffered and silently cut at 10 MB, below the upload limit.
  matcher: ["/((?!_next/static|_next/image|media/|api/media|favicon.ico).*)"],
};
