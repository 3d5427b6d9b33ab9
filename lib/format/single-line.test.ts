import { describe, expect, it } from "vitest";
import { singleLine, withoutBidiControls } from "./single-line";

describe("single-line text", () => {
  it("loses the controls that reorder what is shown", () => {
    expect(withoutBidiControls("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
    expect(withoutBidiControls("\u2066a\u2067b\u2068c\u2069\u202A\u202B\u202C\u202D")).toBe("abc");
  });

  it("keeps right-to-left writing and its marks", () => {
    expect(withoutBidiControls("שלום\u200F world")).toBe("שלום\u200F world");
    expect(withoutBidiControls("مرحبا\u061C")).toBe("مرحبا\u061C");
  });

  it("is trimmed after, so a name of controls alone is empty", () => {
    const name = singleLine().min(1).max(10);
    expect(name.parse(" Ada\u202E ")).toBe("Ada");
    expect(name.safeParse("\u202E\u2066").success).toBe(false);
  });
});
