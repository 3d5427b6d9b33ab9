import { CLIENT_ADDRESS_HEADER, clientAddressHeaderIsSet } from "@/lib/http/client-address";

/**
 * The client's address, as the server's front door worked it out from the socket and the trusted
 * proxies (TRUSTED_PROXIES); the one source for sign-in throttling, the audit trail and view counting.
 * "unknown" when the app is not served through the front door (`next dev`): then every client shares it.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  if (!clientAddressHeaderIsSet()) return "unknown";
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value) || "unknown";
}
