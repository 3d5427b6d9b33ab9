import { describe, expect, it } from "vitest";
import { deal } from "./shards";

describe("deal", () => {
  it("gives the longest files to different shards and balances the rest", () => {
    const timings = { "a.spec.ts": 700, "b.spec.ts": 300, "c.spec.ts": 200, "d.spec.ts": 100, "e.spec.ts": 100 };
    const [one, two] = deal(Object.keys(timings), timings, 2);
    expect(one).toEqual(["a.spec.ts"]);
    expect(two).toEqual(["b.spec.ts", "c.spec.ts", "d.spec.ts", "e.spec.ts"]);
  });

  it("counts a file it has no timing for as the median, and deals every file once", () => {
    const files = ["x.spec.ts", "a.spec.ts", "b.spec.ts", "c.spec.ts"];
    const groups = deal(files, { "a.spec.ts": 10, "b.spec.ts": 20, "c.spec.ts": 30 }, 2);
    expect(groups.flat().sort()).toEqual([...files].sort());
    expect(groups[0]).toEqual(["c.spec.ts", "a.spec.ts"]);
    expect(groups[1]).toEqual(["b.spec.ts", "x.spec.ts"]);
  });

  it("leaves out empty shards", () => {
    expect(deal(["a.spec.ts"], {}, 3)).toEqual([["a.spec.ts"]]);
  });
});
