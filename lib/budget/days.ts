// Budget days and target times are the desk's wall-clock times in the publication's time zone
// (the conversion between wall-clock times and instants is lib/time/zoned.ts).

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
export const isTime = (value: string) => TIME.test(value);

/** "2026-11-28" as stored: that calendar date at UTC midnight (a label for the day, not an instant). */
export const dayValue = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayLabel = (value: Date) => value.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return dayLabel(new Date(dayValue(day).getTime() + days * 86_400_000));
}
