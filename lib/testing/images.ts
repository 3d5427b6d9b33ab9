import { randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import sharp from "sharp";

// Test images made on the fly (no binaries in the repository), shared by unit and e2e tests:
// a real photo-like picture, one carrying GPS data, and the hostile or broken files the upload
// pipeline must refuse.

/** A noisy picture (like a photo, it does not compress to nothing) of the given size. */
export function photo(
  width = 1200,
  height = 800,
  format: "jpeg" | "png" | "webp" | "avif" | "gif" = "jpeg",
): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: "#4a7ab0", noise: { type: "gaussian", mean: 120, sigma: 30 } },
  })
    .toFormat(format)
    .toBuffer();
}

/** Something every EXIF reader recognises as a place: the text tag lets a test find it in raw bytes. */
export const GPS_MARKER = "WGS-84";

/** A JPEG with a camera make, an owner and a GPS position in its EXIF data. */
export function jpegWithGps(width = 900, height = 600): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: "#2f6b3a", noise: { type: "gaussian", mean: 110, sigma: 25 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Field 1", Artist: "Secret Photographer" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "33/1 41/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "73/1 3/1 0/1",
        GPSMapDatum: GPS_MARKER,
      },
    })
    .toBuffer();
}

/** A landscape picture stored sideways, with EXIF orientation 6 ("rotate 90° to display"). */
export function sidewaysJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: "#884422" } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/** A two-frame animated GIF: a red frame, then a blue one. */
export function animatedGif(width = 40, height = 30): Promise<Buffer> {
  const frame = (r: number, b: number) => Buffer.alloc(width * height * 3, Buffer.from([r, 0, b]));
  return sharp(Buffer.concat([frame(255, 0), frame(0, 255)]), {
    raw: { width, height: height * 2, channels: 3, pageHeight: height },
  })
    .gif()
    .toBuffer();
}

/** The first `fraction` of a file, as a download that did not finish leaves it. */
export const truncated = (file: Buffer, fraction = 0.6) => file.subarray(0, Math.floor(file.length * fraction));

/** Plain text given an image's name. */
export const textFile = () =>
  Buffer.from("Quarterly figures\nThis is a text document, whatever its name says.\n".repeat(20));

export const svgFile = () =>
  Buffer.from(
    `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>`,
  );

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/**
 * A small, valid PNG whose header declares a huge canvas (30000 x 30000 by default): the shape
 * of a decompression bomb. Only the first rows carry data; a decoder would still try to allocate
 * the whole canvas.
 */
export function hugePixelPng(width = 30_000, height = 30_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * 16); // 16 rows of filter byte 0 and zeros
  return Buffer.concat([
    Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A file just over `bytes` long that starts like a JPEG. */
export function oversizeFile(bytes: number): Buffer {
  const file = Buffer.alloc(bytes + 1);
  file.set([0xff, 0xd8, 0xff, 0xe0]);
  return file;
}

/** A valid PNG of random pixels (it cannot be compressed) of about `bytes` bytes. */
export function noisePng(bytes: number): Promise<Buffer> {
  const side = Math.ceil(Math.sqrt(bytes / 3));
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}
