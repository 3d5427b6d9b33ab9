import { expect, test } from "@playwright/test";

// What browsers, home screens and security researchers ask a site for at fixed paths (public/ and
// app/manifest.ts), served with the types they expect.

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (data: Buffer) => ({ width: data.readUInt32BE(16), height: data.readUInt32BE(20) });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test("the favicon, the touch icon and the manifest's icons are images of the sizes they claim", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const icoBody = await ico.body();
  // An icon directory (reserved 0, type 1) of at least the 16 and 32 px images.
  expect([icoBody.readUInt16LE(0), icoBody.readUInt16LE(2)]).toEqual([0, 1]);
  expect(icoBody.readUInt16LE(4)).toBeGreaterThanOrEqual(2);

  const touch = await request.get("/apple-touch-icon.png");
  expect(touch.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await touch.body())).toEqual({ width: 180, height: 180 });

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const json = (await manifest.json()) as { name: string; icons: { src: string; sizes: string; type: string }[] };
  expect(json.name).toBeTruthy();
  expect(json.icons.length).toBeGreaterThanOrEqual(2);
  for (const icon of json.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toMatch(new RegExp(`^${icon.type.replace("+", "\\+")}`));
    if (icon.type !== "image/png") continue;
    const body = await response.body();
    expect(body.subarray(0, 8).equals(PNG_SIGNATURE), icon.src).toBe(true);
    const [w, h] = icon.sizes.split("x").map(Number);
    expect(pngSize(body), icon.src).toEqual({ width: w, height: h });
  }
});

test("every page links the manifest and an icon", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  expect(html).toMatch(/<link rel="icon" href="\/icon\?[^"]*" type="image\/png"/);
});

test("security.txt names a contact and an expiry in the future", async ({ request }) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:)\S+$/m);
  const expires = text.match(/^Expires: (\S+)$/m)?.[1];
  expect(Date.parse(expires!)).toBeGreaterThan(Date.now());
});
