import { describe, expect, it } from "vitest";
import { fileSize, lostUpload, refusedUpload } from "./upload-failure";

const MB = 1024 * 1024;

describe("refusedUpload", () => {
  it("shows the route's own message as it is", () => {
    expect(refusedUpload(415, "SVG files are not accepted.", 2 * MB)).toBe("SVG files are not accepted.");
  });

  it("calls a 413 without the route's message (a proxy, the front door) too large, and says what to do", () => {
    expect(refusedUpload(413, undefined, 12.4 * MB)).toBe(
      "This file (12.4 MB) is too large for the server to accept: scale it down and try again.",
    );
  });

  it("gives any other answer's status", () => {
    expect(refusedUpload(502, undefined, MB)).toBe("The upload failed (the server answered 502). Try again.");
  });
});

describe("lostUpload", () => {
  it("blames the connection only when the server cannot be reached", () => {
    expect(lostUpload({ sending: true, reachable: false, bytes: 8 * MB })).toBe(
      "The upload did not reach the server: check your connection and try again.",
    );
  });

  it("calls a large file cut off while it was being sent too large", () => {
    expect(lostUpload({ sending: true, reachable: true, bytes: 8 * MB })).toBe(
      "The server cut the connection while this file (8.0 MB) was being sent, as it does with a file too large for it: scale it down and try again.",
    );
  });

  it("does not blame the size of a small file", () => {
    expect(lostUpload({ sending: true, reachable: true, bytes: 300 * 1024 })).toBe(
      "The connection was cut while the file was being sent: try again.",
    );
  });

  it("warns that a file sent whole may already be in the library", () => {
    expect(lostUpload({ sending: false, reachable: true, bytes: 8 * MB })).toContain("look for it in the library");
  });
});

describe("fileSize", () => {
  it("writes sizes as people read them", () => {
    expect(fileSize(20 * MB)).toBe("20.0 MB");
    expect(fileSize(300 * 1024)).toBe("300 KB");
    expect(fileSize(10)).toBe("1 KB");
  });
});
