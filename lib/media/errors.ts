import { MAX_INPUT_PIXELS, MAX_UPLOAD_LABEL, ACCEPTED_LABEL } from "./limits";

// Expected refusals of an upload: each carries the message the person uploading sees and the
// HTTP status the upload route answers with.

export type MediaErrorCode = "empty" | "too-large" | "not-image" | "svg" | "heic" | "damaged" | "too-many-pixels";

const STATUS: Record<MediaErrorCode, number> = {
  empty: 400,
  "too-large": 413,
  "not-image": 415,
  svg: 415,
  heic: 415,
  damaged: 422,
  "too-many-pixels": 422,
};

export class MediaError extends Error {
  readonly status: number;
  constructor(
    readonly code: MediaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "MediaError";
    this.status = STATUS[code];
  }
}

const megapixels = (n: number) => `${Math.round(n / 1_000_000)} megapixels`;

export const mediaErrors = {
  empty: () => new MediaError("empty", "The file is empty."),
  tooLarge: () => new MediaError("too-large", `This file is over ${MAX_UPLOAD_LABEL}: scale it down and try again.`),
  notImage: () => new MediaError("not-image", `This file is not an image we accept: upload a ${ACCEPTED_LABEL} file.`),
  svg: () =>
    new MediaError(
      "svg",
      "SVG files are not accepted because they can carry scripts: export the graphic as PNG or WebP.",
    ),
  heic: () => new MediaError("heic", "HEIC photos are not supported: export the photo as JPEG and upload that."),
  damaged: () =>
    new MediaError(
      "damaged",
      "This image is damaged or incomplete (perhaps a download that did not finish), so it could not be read.",
    ),
  tooManyPixels: (width: number, height: number) =>
    new MediaError(
      "too-many-pixels",
      `This image is ${width} × ${height} pixels, more than the limit of ${megapixels(MAX_INPUT_PIXELS)}: scale it down first.`,
    ),
};
