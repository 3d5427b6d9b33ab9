import { formatDate } from "@/lib/format/dates";
import type { DateStyle } from "@/lib/format/dates";

export function DateTime({ iso, style, className }: { iso: string; style: DateStyle; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso, style)}
    </time>
  );
}
