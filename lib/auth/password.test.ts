import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("passwordProblem", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("lantern orchard 42 quietly")).toBeNull();
  });

  it("refuses fewer than 12 characters", () => {
    expect(passwordProblem("Sh0rt!pass")).toMatch(/at least 12/);
  });

  it.each(["qwerty123456", "1qaz2wsx3edc", "QWERTY123456"])("refuses the common password %s", (pw) => {
    expect(passwordProblem(pw)).toMatch(/too common/);
  });

  it("refuses a run of one character", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/variety/);
  });

  it("refuses a password built on the email address", () => {
    expect(passwordProblem("ayesha.siddiqui2026!", { email: "Ayesha.Siddiqui@example.org" })).toMatch(/email/);
  });

  it("refuses absurdly long input", () => {
    expect(passwordProblem("x".repeat(201) + "abcd")).toMatch(/at most/);
  });
});

describe("hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("lantern orchard 42 quietly");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(stored, "lantern orchard 42 quietly")).toBe(true);
    expect(await verifyPassword(stored, "lantern orchard 42 quietly!")).toBe(false);
  });

  it("treats a malformed hash as a mismatch", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });
});
