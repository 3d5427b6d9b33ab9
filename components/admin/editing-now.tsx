import { colorFor, initials } from "@/lib/collab/colors";
import type { Editing } from "@/lib/collab/presence";

/** Who has a story open in the editor now, in the desk's lists: initials in their caret colour. */
export function EditingNow({ people }: { people: Editing[] | undefined }) {
  if (!people?.length) return null;
  const names = people.map((p) => p.name).join(", ");
  return (
    <ul
      aria-label={`Open now by ${names}`}
      title={`Open now by ${names}`}
      className="ml-2 inline-flex -space-x-1 align-middle"
    >
      {people.map((p) => (
        <li
          key={p.id}
          className="flex h-6 w-6 items-center justify-center rounded-full border-2 border-paper text-[0.65rem] font-bold text-white"
          style={{ backgroundColor: colorFor(p.id) }}
        >
          <span aria-hidden="true">{initials(p.name)}</span>
        </li>
      ))}
    </ul>
  );
}
