import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every server action goes through defineAction (or, for the two forms that run before anyone can
// sign in, definePublicAction): a file marked "use server" exports nothing else.

const PUBLIC_FORMS = ["app/admin/setup/actions.ts", "app/admin/reset/[token]/actions.ts"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full.split(path.sep).join("/")] : [];
  });
}

const serverFiles = [...sources("app"), ...sources("lib"), ...sources("components")].filter((file) =>
  /^\s*["']use server["']/.test(readFileSync(file, "utf8")),
);

/** Each export of a file as "name = wrapper", or as the kind of declaration it is. */
function exportsOf(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:(?:const|let|var)\s+(\w+)\s*=\s*(\w+)\(|(.*))/gm)].map((m) =>
    m[1] ? `${m[1]} = ${m[2]}` : `other: ${m[3]}`,
  );
}

describe("server actions", () => {
  it("are found where the desk keeps them", () => {
    expect(serverFiles.length).toBeGreaterThan(10);
  });

  it.each(serverFiles)("%s exports only actions made by defineAction", (file) => {
    const wrapper = PUBLIC_FORMS.includes(file) ? "definePublicAction" : "defineAction";
    const exported = exportsOf(readFileSync(file, "utf8"));
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.filter((e) => !e.endsWith(` = ${wrapper}`))).toEqual([]);
  });
});
