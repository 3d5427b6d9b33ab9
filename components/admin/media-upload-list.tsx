import type { UploadProgress } from "@/lib/media/upload-client";

const STATE_LABEL: Record<UploadProgress["state"], string> = {
  waiting: "Waiting",
  uploading: "Uploading",
  processing: "Processing",
  done: "Added to the library",
  failed: "Refused",
};

export const isActive = (r: UploadProgress) =>
  r.state === "waiting" || r.state === "uploading" || r.state === "processing";

/** Each upload's progress and, when refused, the reason; shared by the library, the picker and the editor. */
export function UploadList({
  rows,
  label = "Uploads",
}: {
  rows: (UploadProgress & { key?: string })[];
  label?: string;
}) {
  if (!rows.length) return null;
  return (
    <ul aria-label={label} className="mt-4 space-y-2">
      {rows.map((r) => (
        <li key={r.key ?? r.index} className="text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4">
            <span className="font-semibold">{r.name}</span>
            <span role="status" className={r.state === "failed" ? "font-semibold text-accent" : "text-muted"}>
              {STATE_LABEL[r.state]}
              {r.error ? `: ${r.error}` : ""}
            </span>
          </div>
          {isActive(r) ? (
            <progress
              className="mt-1 h-2 w-full"
              aria-label={`Uploading ${r.name}`}
              max={r.total || 1}
              value={r.state === "processing" ? undefined : r.loaded}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
