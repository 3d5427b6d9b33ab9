import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { CLIENT_ADDRESS_HEADER, type TrustedProxies } from "./client-address";
import { frontDoor } from "./front-door";

let server: Server | undefined;
afterEach(() => server?.close());

/** A front door whose handler answers with the client address the app would read. */
async function serve(trustedProxies?: TrustedProxies) {
  const handle = frontDoor(
    async (req: IncomingMessage, res) => {
      res.end(clientIp(req.headers));
    },
    { siteUrl: "http://localhost:3000", log: pino({ level: "silent" }), trustedProxies },
  );
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return async (headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
}

describe("the client address the front door hands the app", () => {
  it("is the socket's peer when no proxy is trusted: a forged header changes nothing", async () => {
    const address = await serve();
    expect(await address({})).toBe("127.0.0.1");
    expect(await address({ "x-forwarded-for": "6.6.6.6" })).toBe("127.0.0.1");
    expect(await address({ "x-real-ip": "6.6.6.6" })).toBe("127.0.0.1");
  });

  it("cannot be sent by the client under the app's own header name", async () => {
    const address = await serve();
    expect(await address({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6" })).toBe("127.0.0.1");
  });

  it("behind one trusted proxy, is the entry the proxy appended", async () => {
    const address = await serve({ hops: 1 });
    expect(await address({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
  });
});
