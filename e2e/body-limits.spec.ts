import { expect, test } from "@playwright/test";
import { ACTION_BODY_BYTES, MAX_REQUEST_BYTES } from "@/lib/http/body-limits";
import { MAX_UPLOAD_BYTES } from "@/lib/media/limits";
import { authFile } from "./support/desk";
import { actionId, ARTICLE_ACTIONS } from "./support/desk-actions";
import { mediaRows } from "./support/media";

// A body over a limit is refused while the browser is still sending it. The browser must read
// the refusal (a status it can explain), not lose it to a reset connection (a "network error"
// the desk would take for being offline). Sent from the page itself, as the desk's code sends.

test.use({ storageState: authFile("editor") });

type Sent = { status: number } | { error: string };

/** Sends `bytes` bytes from the page with XMLHttpRequest, as the desk's uploads do. */
function xhrPost(page: import("@playwright/test").Page, url: string, bytes: number): Promise<Sent> {
  return page.evaluate(
    ({ url, bytes }) =>
      new Promise<Sent>((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open("POST", url);
        xhr.setRequestHeader("Content-Type", "application/octet-stream");
        xhr.onload = () => resolve({ status: xhr.status });
        xhr.onerror = () => resolve({ error: "network error" });
        xhr.send(new Blob([new Uint8Array(bytes)]));
      }),
    { url, bytes },
  );
}

test("an upload larger than any route takes is answered 413 in the browser, and stores nothing", async ({ page }) => {
  await page.goto("/admin/media");
  const before = mediaRows().length;
  expect(await xhrPost(page, "/api/media?name=huge.jpg", MAX_REQUEST_BYTES + 1024 * 1024)).toEqual({ status: 413 });
  expect(await xhrPost(page, "/api/media?name=over.jpg", MAX_UPLOAD_BYTES + 1024)).toEqual({ status: 413 });
  expect(mediaRows()).toHaveLength(before);
});

test("a server action's body over the limit is answered 413 in the browser, not a network error", async ({ page }) => {
  await page.goto("/admin/articles");
  const id = actionId(ARTICLE_ACTIONS, "saveArticleAction");
  const sent = await page.evaluate(
    ({ id, bytes }) =>
      fetch("/admin/articles/x", {
        method: "POST",
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        body: JSON.stringify([{ body: "w".repeat(bytes) }]),
      }).then(
        (res) => ({ status: res.status }),
        (error: unknown) => ({ error: String(error) }),
      ),
    { id, bytes: ACTION_BODY_BYTES + 512 * 1024 },
  );
  expect(sent).toEqual({ status: 413 });
});
