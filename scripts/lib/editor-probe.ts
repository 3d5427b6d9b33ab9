import type { Page } from "@playwright/test";

// What the editor bench measures inside the typist's page. A keystroke's latency runs from its
// keydown (the event's own timestamp, taken when the key was dispatched) to the frame that shows
// it: the first animation frame after the editor's DOM changed, plus a task posted from that
// frame, which runs once the frame's rendering work is done (rAF alone fires before layout and
// paint, and would leave them out).

declare global {
  interface Window {
    __keyToPaint?: { samples: number[]; handled: number[]; pending: number[] };
  }
}

/** Starts recording key-to-paint samples for keys typed into the element labelled `label`. */
export async function installProbe(page: Page, label: string) {
  await page.evaluate((name) => {
    const target = document.querySelector(`[aria-label="${name}"]`);
    if (!target) throw new Error(`No element labelled ${name}`);
    const state = { samples: [] as number[], handled: [] as number[], pending: [] as number[] };
    window.__keyToPaint = state;
    const channel = new MessageChannel();
    const painted: (() => void)[] = [];
    channel.port1.onmessage = () => painted.shift()?.();
    window.addEventListener("keydown", (e) => state.pending.push(e.timeStamp > 0 ? e.timeStamp : performance.now()), {
      capture: true,
    });
    new MutationObserver(() => {
      // One sample per key: a keystroke's several mutations land in the same frame.
      const started = state.pending.shift();
      if (started === undefined) return;
      state.handled.push(performance.now() - started);
      requestAnimationFrame(() => {
        painted.push(() => state.samples.push(performance.now() - started));
        channel.port2.postMessage(null);
      });
    }).observe(target, { childList: true, subtree: true, characterData: true });
  }, label);
}

/**
 * Takes the samples recorded so far and starts afresh: key-to-paint, and key-to-DOM (the editor's
 * own work for the key, without the wait for the next frame).
 */
export async function takeSamples(page: Page): Promise<{ paint: number[]; dom: number[] }> {
  return page.evaluate(() => {
    const state = window.__keyToPaint!;
    const taken = { paint: state.samples, dom: state.handled };
    state.samples = [];
    state.handled = [];
    state.pending = [];
    return taken;
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Text to type: plain words, as a reporter writes them. */
export const PROSE =
  "The council voted late on Tuesday to keep the harbour open through the winter, after dock workers and ferry crews asked for more time to move the season's last cargo. ";

/** A story body of `words` words in paragraphs of about sixty, as the editor stores it. */
export function storyBody(words: number) {
  const vocabulary = PROSE.trim().replace(/[,.]/g, "").split(" ");
  const paragraphs: { type: "paragraph"; content: { type: "text"; text: string }[] }[] = [];
  for (let done = 0, n = 0; done < words; n++) {
    const count = Math.min(60, words - done);
    const text = Array.from({ length: count }, (_, i) => vocabulary[(done + i + n) % vocabulary.length]).join(" ");
    paragraphs.push({ type: "paragraph", content: [{ type: "text", text: `${text}.` }] });
    done += count;
  }
  return { type: "doc" as const, content: paragraphs };
}
