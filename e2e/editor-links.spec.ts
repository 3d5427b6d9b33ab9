import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, waitSaved } from "./support/editor";

test.use({ storageState: authFile("author") });

test("the link popover takes http, https and mailto addresses only, and edits or removes a link", async ({ page }) => {
  await newArticle(page);
  await page.getByLabel("Headline").fill("Council publishes the audit report");
  await body(page).click();
  await page.keyboard.type("Read the report here.");
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  const popover = page.getByRole("form", { name: "Edit link" });
  await popover.getByLabel("Link address").fill("javascript:alert(document.cookie)");
  await popover.getByRole("button", { name: "Apply" }).click();
  await expect(popover.getByRole("alert")).toHaveText("Links must start with https://, http:// or mailto:");
  await expect(body(page).getByRole("link")).toHaveCount(0);

  await popover.getByLabel("Link address").fill("https://example.org/audit-2026.pdf");
  await popover.getByRole("button", { name: "Apply" }).click();
  await expect(popover).toBeHidden();
  await expect(body(page).getByRole("link", { name: "Read the report here." })).toHaveAttribute(
    "href",
    "https://example.org/audit-2026.pdf",
  );

  // With the cursor in the link, the popover shows its address to change or remove.
  await body(page).getByRole("link").click();
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(popover.getByLabel("Link address")).toHaveValue("https://example.org/audit-2026.pdf");
  await popover.getByLabel("Link address").fill("mailto:audit@example.org");
  await popover.getByRole("button", { name: "Apply" }).click();
  await expect(body(page).getByRole("link")).toHaveAttribute("href", "mailto:audit@example.org");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await popover.getByRole("button", { name: "Remove link" }).click();
  await expect(body(page).getByRole("link")).toHaveCount(0);
  await waitSaved(page);
});
