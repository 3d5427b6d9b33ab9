import type { NextRequest, NextResponse } from "next/server";

/** Reader-facing URL normalisation and headers; returns a response to send, or null to carry on. */
export function seoProxy(_request: NextRequest): NextResponse | null {
  return null;
}
