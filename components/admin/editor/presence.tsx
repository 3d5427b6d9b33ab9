"use client";

import { initials } from "@/lib/collab/colors";
import type { Peer } from "./use-shared-story";

/** Who else has the story open: initials in their caret colour, names for screen readers and on hover. */
export function Presence({ peers }: { peers: Peer[] }) {
  if (!peers.length) return null;
  const names = peers.map((p) => p.name);
  return (
    <ul aria-label={`Also editing: ${names.join(", ")}`} className="flex -space-x-1" data-testid="presence">
      {peers.map((p) => (
        <li
          key={p.clientId}
          title={p.name}
          className="flex h-7 w-7 items-center justify-center rounded-full border-2 border-paper text-xs font-bold text-white"
          style={{ backgroundColor: p.color }}
        >
          <span aria-hidden="true">{initials(p.name)}</span>
          <span className="sr-only">{p.name}</span>
        </li>
      ))}
    </ul>
  );
}
