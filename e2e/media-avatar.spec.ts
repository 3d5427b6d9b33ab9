import { expect, test } from "@playwright/test";
import { photo } from "../lib/testing/images";
import { npmScript, PASSWORD, signIn, signInFresh } from "./support/desk";
import { avatarOf, mediaNamed, storyBy } from "./support/media";

test.describe.configure({ mode: "serial" });

// A byline author (no password in the demo) is given one by the operator, then sets a photo.
const author = { slug: "mei-lin-tan", name: "Mei Lin Tan", email: "mei-lin.tan@meridian.example" };

test("an author uploads a profile photo, shown in the desk, on their author page and under their stories", async ({
  page,
}) => {
  expect(npmScript("user:password", ["--email", author.email], `${PASSWORD}\n`).status).toBe(0);
  await page.goto("/admin/login");
  await signIn(page, author.email);
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Profile" }).click();
  const section = page.getByRole("region", { name: "Profile photo" });
  await expect(section).toContainText("No photo yet.");

  await section
    .getByLabel("Profile photo to upload")
    .setInputFiles({ name: "portrait.jpg", mimeType: "image/jpeg", buffer: await photo(900, 1200) });
  await expect(section.getByRole("status")).toHaveText("Profile photo updated.");
  const avatar = avatarOf(author.slug)!;
  expect([avatar.width, avatar.height]).toEqual([512, 512]);
  await expect(section.getByRole("img", { name: "Your profile photo" })).toHaveAttribute(
    "srcset",
    new RegExp(avatar.storageKey.split(".")[0]!),
  );
  await expect(page.getByRole("banner").locator(`img[srcset*="${avatar.storageKey.split(".")[0]}"]`)).toBeVisible();

  await page.goto(`/author/${author.slug}`);
  const portrait = page.getByRole("main").getByRole("img", { name: author.name });
  await expect(portrait).toHaveAttribute("width", "96");
  await expect(portrait).toHaveAttribute("srcset", new RegExp(avatar.storageKey.split(".")[0]!));

  const story = storyBy(author.slug);
  await page.goto(story.path);
  await expect(
    page.getByRole("region", { name: "About the authors" }).getByRole("img", { name: author.name }),
  ).toBeVisible();
});

test("an author takes a photo from the library through the picker, then removes it", async ({ page }) => {
  await signInFresh(page, author.email, PASSWORD, "/admin/profile");
  const before = avatarOf(author.slug)!;
  const section = page.getByRole("region", { name: "Profile photo" });
  await section.getByRole("button", { name: "Choose from the library" }).click();

  const dialog = page.getByRole("dialog", { name: "Choose a profile photo" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("list", { name: "Library images" }).getByRole("listitem").first()).toBeVisible();
  await dialog
    .getByLabel("Images to upload")
    .setInputFiles({ name: "staff-photo.png", mimeType: "image/png", buffer: await photo(600, 600, "png") });
  await expect(dialog.getByRole("list", { name: "Uploads" }).getByRole("status")).toHaveText("Added to the library");
  // A single upload is chosen at once.
  await expect(dialog.getByRole("form", { name: "Selected image" })).toContainText("staff-photo.png");
  await expect(dialog.getByRole("button", { name: /staff-photo\.png/ })).toHaveAttribute("aria-pressed", "true");
  await dialog.getByRole("button", { name: "Use this image" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("status")).toHaveText("Profile photo updated.");

  const after = avatarOf(author.slug)!;
  expect(after.id).not.toBe(before.id);
  // The library keeps the chosen image; the old crop is gone.
  expect(mediaNamed("staff-photo.png")).toHaveLength(2);
  expect(mediaNamed("portrait.jpg")).toHaveLength(0);

  await section.getByRole("button", { name: "Remove photo" }).click();
  await expect(section.getByRole("status")).toHaveText("Profile photo removed.");
  await expect(section).toContainText("No photo yet.");
  expect(avatarOf(author.slug)).toBeUndefined();
});
