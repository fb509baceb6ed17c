/**
 * Schedule expressions of scheduled rules: `rate(5 minutes)` and six-field `cron(min hour dom month
 * dow year)` with `*`, `?`, lists, ranges and steps (not `L`, `W` or `#`, which are refused).
 * `nextFire` answers the next firing time after `after`, in UTC, on the local clock.
 */
export type Schedule = { kind: "rate"; everyMs: number } | { kind: "cron"; fields: Set<number>[] };

const UNITS: Record<string, number> = {
  minute: 60_000,
  minutes: 60_000,
  hour: 3_600_000,
  hours: 3_600_000,
  day: 86_400_000,
  days: 86_400_000,
};
const RANGES: [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [1, 7],
  [1970, 2199],
];
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

export function parseSchedule(expression: string): Schedule {
  const rate = /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2] as string;
    if (value < 1 || (value === 1) !== !unit.endsWith("s"))
      throw new Error(`"${expression}": use rate(1 minute) or rate(N minutes) with N > 1`);
    return { kind: "rate", everyMs: value * (UNITS[unit] as number) };
  }
  const cron = /^cron\((.+)\)$/.exec(expression);
  if (!cron) throw new Error(`"${expression}" is neither rate(...) nor cron(...)`);
  const parts = (cron[1] as string).trim().split(/\s+/);
  if (parts.length !== 6)
    throw new Error(`"${expression}": cron takes six fields (minutes hours day-of-month month day-of-week year)`);
  const fields = parts.map((part, index) => parseField(part.toUpperCase(), index, expression));
  if ((parts[2] === "?") === (parts[4] === "?"))
    throw new Error(`"${expression}": exactly one of day-of-month and day-of-week must be ?`);
  return { kind: "cron", fields };
}

function parseField(part: string, index: number, expression: string): Set<number> {
  const [min, max] = RANGES[index] as [number, number];
  const values = new Set<number>();
  if (part === "?" || part === "*") {
    for (let v = min; v <= max; v++) values.add(v);
    return values;
  }
  if (/[LW#]/.test(part)) throw new Error(`"${expression}": L, W and # are not supported locally`);
  const name = (text: string) => {
    const names = index === 3 ? MONTHS : index === 4 ? DAYS : [];
    const at = names.indexOf(text);
    return at >= 0 ? at + 1 : Number(text);
  };
  for (const item of part.split(",")) {
    const [range, stepText] = item.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] =
      range === "*"
        ? [min, max]
        : (range as string).includes("-")
          ? (range as string).split("-").map(name)
          : [name(range as string), stepText ? max : name(range as string)];
    if (
      [from, to, step].some((n) => !Number.isInteger(n)) ||
      (from as number) < min ||
      (to as number) > max ||
      step < 1
    ) {
      throw new Error(`"${expression}": field ${index + 1} "${part}" is out of range ${min}-${max}`);
    }
    for (let v = from as number; v <= (to as number); v += step) values.add(v);
  }
  return values;
}

export function nextFire(schedule: Schedule, after: number, createdAt: number): number {
  if (schedule.kind === "rate")
    return createdAt + (Math.floor((after - createdAt) / schedule.everyMs) + 1) * schedule.everyMs;
  const [minutes, hours, days, months, weekdays, years] = schedule.fields as Set<number>[];
  const candidate = new Date(Math.floor(after / 60_000) * 60_000 + 60_000);
  for (let i = 0; i < 60 * 24 * 366 * 2; i++) {
    if (
      years?.has(candidate.getUTCFullYear()) &&
      months?.has(candidate.getUTCMonth() + 1) &&
      days?.has(candidate.getUTCDate()) &&
      weekdays?.has(candidate.getUTCDay() + 1) &&
      hours?.has(candidate.getUTCHours()) &&
      minutes?.has(candidate.getUTCMinutes())
    ) {
      return candidate.getTime();
    }
    candidate.setTime(candidate.getTime() + 60_000);
  }
  return Number.POSITIVE_INFINITY;
}
