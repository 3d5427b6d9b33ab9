import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchRemoteImage, type Resolver } from "./remote-fetch";

// A real HTTP server on this machine stands in for another site. Loopback is refused by the real
// guard, so most tests resolve made-up public names to it and allow exactly 127.0.0.1; the
// refusals run with the real guard.

let server: Server;
let port: number;
let png: Buffer;
const seen: { url: string; host: string }[] = [];
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {};

beforeAll(async () => {
  png = await sharp({ create: { width: 4, height: 3, channels: 3, background: "#c33" } })
    .png()
    .toBuffer();
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", host: req.headers.host ?? "" });
    const route = routes[req.url ?? ""];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  seen.length = 0;
  for (const key of Object.keys(routes)) delete routes[key];
});

const image = (req: IncomingMessage, res: ServerResponse) =>
  res.writeHead(200, { "content-type": "image/png", "content-length": png.length }).end(png);
const redirect = (to: string) => (_req: IncomingMessage, res: ServerResponse) =>
  res.writeHead(302, { location: to }).end();

/** Names that stand for other sites: everything under .example is this machine's test server. */
const lookups: string[] = [];
const toTestServer: Resolver = async (hostname) => {
  lookups.push(hostname);
  if (hostname === "metadata.example") return [{ address: "169.254.169.254", family: 4 }];
  if (hostname === "intranet.example") return [{ address: "10.1.2.3", family: 4 }];
  if (hostname === "split.example")
    return [
      { address: "127.0.0.1", family: 4 },
      { address: "192.168.0.9", family: 4 },
    ];
  if (hostname.endsWith(".example")) return [{ address: "127.0.0.1", family: 4 }];
  throw new Error("not found");
};
const onlyTestServer = (address: string) => address === "127.0.0.1";
const options = { resolve: toTestServer, isAllowed: onlyTestServer };
const at = (host: string, path: string) => `http://${host}:${port}${path}`;

describe("fetching a pasted image from another site", () => {
  it("fetches the picture, naming it from its address and sending the site's own name", async () => {
    routes["/photos/harbour%20dawn.png"] = image;
    const fetched = await fetchRemoteImage(at("images.example", "/photos/harbour%20dawn.png"), options);
    expect(fetched.data.equals(png)).toBe(true);
    expect(fetched.name).toBe("harbour dawn.png");
    expect(seen).toEqual([{ url: "/photos/harbour%20dawn.png", host: `images.example:${port}` }]);
  });

  it.each([
    ["ftp://images.example/a.png", "Only images at http or https"],
    ["file:///etc/passwd", "Only images at http or https"],
    ["data:image/png;base64,AAAA", "Only images at http or https"],
    ["http://user:secret@images.example/a.png", "user name or password"],
    ["not a url", "not a web address"],
  ])("refuses %s without asking anyone", async (url, message) => {
    await expect(fetchRemoteImage(url, options)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });

  it.each([
    "http://127.0.0.1:PORT/a.png",
    "http://localhost:PORT/a.png",
    "http://[::1]:PORT/a.png",
    "http://2130706433:PORT/a.png",
  ])("refuses %s with the real guard, before connecting", async (url) => {
    routes["/a.png"] = image;
    await expect(fetchRemoteImage(url.replace("PORT", String(port)))).rejects.toThrow(
      /not a public address|could not be found/,
    );
    expect(seen).toEqual([]);
  });

  it("refuses a name that resolves to a private or metadata address, or to one among several", async () => {
    for (const host of ["metadata.example", "intranet.example", "split.example"])
      await expect(fetchRemoteImage(at(host, "/a.png"), { resolve: toTestServer })).rejects.toThrow(
        `${host} is not a public address`,
      );
    expect(seen).toEqual([]);
  });

  it("checks every redirect again, and never asks the address a redirect names when it is not public", async () => {
    routes["/moved.png"] = redirect("http://metadata.example/latest/meta-data/");
    await expect(fetchRemoteImage(at("images.example", "/moved.png"), options)).rejects.toThrow(
      "metadata.example is not a public address",
    );
    expect(seen.map((s) => s.url)).toEqual(["/moved.png"]);
    routes["/to-file"] = redirect("file:///etc/passwd");
    await expect(fetchRemoteImage(at("images.example", "/to-file"), options)).rejects.toThrow("http or https");
  });

  it("follows up to three redirects, relative ones included, and refuses a fourth", async () => {
    routes["/1"] = redirect("/2");
    routes["/2"] = redirect(at("cdn.example", "/3"));
    routes["/3"] = redirect("/final.png");
    routes["/final.png"] = image;
    const fetched = await fetchRemoteImage(at("images.example", "/1"), options);
    expect(fetched.url).toBe(at("cdn.example", "/final.png"));
    expect(seen.map((s) => s.host)).toEqual([
      `images.example:${port}`,
      `images.example:${port}`,
      `cdn.example:${port}`,
      `cdn.example:${port}`,
    ]);
    routes["/0"] = redirect("/1");
    await expect(fetchRemoteImage(at("images.example", "/0"), options)).rejects.toThrow("redirected more than 3 times");
  });

  it("resolves each name once and connects to the address it checked (a second answer cannot switch it)", async () => {
    routes["/a.png"] = image;
    let calls = 0;
    const rebinding: Resolver = async () =>
      ++calls === 1 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "10.0.0.1", family: 4 }];
    const fetched = await fetchRemoteImage(at("rebind.example", "/a.png"), {
      resolve: rebinding,
      isAllowed: onlyTestServer,
    });
    expect(fetched.data.equals(png)).toBe(true);
    expect(calls).toBe(1);
  });

  it("refuses a picture over the size limit, declared or streamed", async () => {
    routes["/big.png"] = image;
    await expect(fetchRemoteImage(at("images.example", "/big.png"), { ...options, maxBytes: 10 })).rejects.toThrow(
      "is over 20 MB",
    );
    routes["/streamed.png"] = (_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.write(png);
      res.end(png);
    };
    await expect(
      fetchRemoteImage(at("images.example", "/streamed.png"), { ...options, maxBytes: png.length + 1 }),
    ).rejects.toThrow("is over 20 MB");
  });

  it("says what went wrong with a page, an error or a site that does not answer in time", async () => {
    routes["/page"] = (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>hello</p>");
    await expect(fetchRemoteImage(at("images.example", "/page"), options)).rejects.toThrow("a web page, not an image");
    await expect(fetchRemoteImage(at("images.example", "/missing.png"), options)).rejects.toThrow(
      "answered with an error (404)",
    );
    routes["/slow.png"] = () => {};
    await expect(fetchRemoteImage(at("images.example", "/slow.png"), { ...options, timeoutMs: 300 })).rejects.toThrow(
      "took too long",
    );
    await expect(fetchRemoteImage("http://nowhere.invalid/a.png", options)).rejects.toThrow("could not be found");
  });
});
