"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { removeOwnAvatar, avatarFromLibrary } from "@/app/admin/(desk)/profile/actions";
import { MediaImage } from "@/components/ui/media-image";
import { idle } from "@/lib/actions/result";
import { ACCEPTED_MIME_TYPES } from "@/lib/media/limits";
import { precheck, sendFile } from "@/lib/media/upload-client";
import { FormMessage, type Notice } from "./form-message";
import { MediaPicker } from "./media-picker";

const button = "rounded border border-rule px-4 py-2 text-sm font-semibold hover:border-ink disabled:opacity-60";

/** The profile photo: upload one (cropped to a square by the server), take one from the library, or remove it. */
export function AvatarForm({ avatar }: { avatar: { src: string; width: number; height: number } | null }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<Notice>(idle);
  const [progress, setProgress] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);
  const [pending, startTransition] = useTransition();

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const refused = precheck(file);
    if (refused) return setState({ ok: false, message: `${file.name}: ${refused}` });
    setState({ ok: true, message: `Uploading ${file.name}…` });
    setProgress(0);
    const sent = await sendFile(file, "/api/media/avatar", (loaded, total) => setProgress(total ? loaded / total : 0));
    setProgress(null);
    setState(
      sent.ok ? { ok: true, message: "Profile photo updated." } : { ok: false, message: `${file.name}: ${sent.error}` },
    );
    if (sent.ok) router.refresh();
  };

  // The two small changes are server actions, called directly rather than through a <form>.
  const run = (action: typeof removeOwnAvatar | typeof avatarFromLibrary, fields: Record<string, string>) =>
    startTransition(async () => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      const result = await action(idle, form);
      setState(result);
      if (result.ok) router.refresh();
    });

  return (
    <div className="mt-4 space-y-4">
      <FormMessage state={state} />
      <div className="flex items-center gap-4">
        {avatar ? (
          <MediaImage
            image={{ ...avatar, alt: "Your profile photo" }}
            sizes="96px"
            minWidth={64}
            display={{ width: 96, height: 96 }}
            className="rounded-full"
          />
        ) : (
          <p className="text-sm text-muted">No photo yet.</p>
        )}
        {progress !== null ? (
          <progress aria-label="Uploading your photo" max={1} value={progress} className="h-2 w-40" />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          disabled={progress !== null || pending}
          onClick={() => input.current?.click()}
        >
          Upload a photo
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_MIME_TYPES.join(",")}
          aria-label="Profile photo to upload"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            void upload(e.currentTarget.files?.[0]);
            e.currentTarget.value = "";
          }}
        />
        <button
          type="button"
          className={button}
          disabled={progress !== null || pending}
          onClick={() => setPicking(true)}
        >
          Choose from the library
        </button>
        {avatar ? (
          <button
            type="button"
            className={button}
            disabled={progress !== null || pending}
            onClick={() => run(removeOwnAvatar, {})}
          >
            Remove photo
          </button>
        ) : null}
      </div>
      <MediaPicker
        open={picking}
        onClose={() => setPicking(false)}
        onSelect={(image) => run(avatarFromLibrary, { mediaId: image.mediaId })}
        title="Choose a profile photo"
        describe={false}
      />
    </div>
  );
}
