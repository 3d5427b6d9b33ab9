import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { othersOnly } from "./others-awareness";

describe("the awareness the carets read", () => {
  it("passes on other people's changes and not this browser's own caret moves", () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const view = othersOnly(mine);
    const heard: number[][] = [];
    const listener = (changes: unknown) => {
      const c = changes as { added: number[]; updated: number[] };
      heard.push([...c.added, ...c.updated]);
    };
    view.on("change", listener);

    view.setLocalStateField("cursor", { anchor: 1, head: 1 });
    mine.setLocalStateField("cursor", { anchor: 2, head: 2 });
    expect(heard).toEqual([]);
    expect(view.getLocalState()).toMatchObject({ cursor: { anchor: 2, head: 2 } });

    theirs.setLocalStateField("cursor", { anchor: 5, head: 5 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
    expect(heard).toEqual([[theirs.clientID]]);
    expect(view.getStates().get(theirs.clientID)).toMatchObject({ cursor: { anchor: 5, head: 5 } });

    // Once taken off, the listener hears nothing more.
    view.off("change", listener);
    theirs.setLocalStateField("cursor", { anchor: 6, head: 6 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
    expect(heard).toHaveLength(1);
    mine.destroy();
    theirs.destroy();
  });
});
