import { describe, expect, it } from "vitest";
import { nextHostname } from "./next-hostname";

describe("nextHostname", () => {
  it("names every loopback address localhost, as Next's URLs do", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"])
      expect(nextHostname(host)).toBe("localhost");
  });

  it("keeps any other address as it is", () => {
    for (const host of ["0.0.0.0", "::", "10.0.0.5", "news.example"]) expect(nextHostname(host)).toBe(host);
  });
});
