/**
 * The sample lake `npm start` registers: `customers` and `orders` of the payments team, generated
 * deterministically (the same rows on every machine), with a known share of bad rows so a first
 * promotion shows every kind of check at work. Out of every 1,000 orders:
 *
 * | rows | problem                                   | caught by                          |
 * |------|-------------------------------------------|------------------------------------|
 * | 10   | no customer_id                            | not_null_customer_id (quarantine)  |
 * | 10   | negative amount                           | range_amount (quarantine)          |
 * | 5    | status `lost`                             | allowed_values_status (quarantine) |
 * | 5    | amount `n/a` (not a number)               | type_amount (quarantine)           |
 * | 5    | customer_id with no customer              | reference_customer_id (quarantine) |
 * | 5    | currency `XXX`                            | allowed_values_currency (warn)     |
 * | 2    | order_id reused by a different order      | primary_key (quarantine, both)     |
 * | 5    | exact copy of the previous row            | folded into one (deduplication)    |
 *
 * and 1 in 200 customers has an email that fails `regex_email` (warn: the customer is still published).
 */
import type { Data } from "@plinth/core";

export const ORDERS_PER_CUSTOMER = 10;

export const customersContract: Data.ContractInput = {
  columns: [
    { name: "customer_id", type: "string", nullable: false, case: "upper" },
    { name: "name", type: "string" },
    { name: "email", type: "string", case: "lower" },
    { name: "country", type: "string", case: "upper" },
    { name: "signup_date", type: "date" },
  ],
  primaryKey: ["customer_id"],
  checks: [
    // A malformed email does not make a customer unknown: recorded, not quarantined.
    { kind: "regex", column: "email", pattern: "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", severity: "warn" },
    { kind: "allowed_values", column: "country", values: ["DE", "FR", "GB", "NL", "US"], severity: "warn" },
    { kind: "row_count", min: 1 },
    { kind: "schema_drift" },
  ],
};

export const ordersContract: Data.ContractInput = {
  columns: [
    { name: "order_id", type: "string", nullable: false },
    { name: "customer_id", type: "string", case: "upper" },
    { name: "order_date", type: "date", nullable: false },
    { name: "amount", type: "decimal", precision: 12, scale: 2 },
    { name: "currency", type: "string", case: "upper" },
    { name: "status", type: "string", case: "lower" },
    { name: "updated_at", type: "timestamp" },
  ],
  primaryKey: ["order_id"],
  checks: [
    { kind: "not_null", column: "customer_id" },
    { kind: "regex", column: "order_id", pattern: "^O-[0-9]{8}-[0-9]{6}$" },
    { kind: "range", column: "amount", min: 0, max: 100_000 },
    { kind: "allowed_values", column: "status", values: ["placed", "paid", "shipped", "delivered", "returned"] },
    { kind: "allowed_values", column: "currency", values: ["EUR", "GBP", "USD"], severity: "warn" },
    { kind: "reference", column: "customer_id", dataset: "customers", referencedColumn: "customer_id" },
    { kind: "row_count", min: 1 },
    { kind: "freshness", column: "updated_at", maxAgeHours: 48 },
    { kind: "schema_drift" },
  ],
};

/** Revenue per customer and day: the gold stage of `orders`. */
export const ordersGoldSql = [
  "SELECT order_date, customer_id, currency,",
  "  count(*) AS orders, sum(amount) AS revenue,",
  "  sum(CASE WHEN status = 'returned' THEN amount ELSE 0 END) AS returned",
  "FROM silver GROUP BY order_date, customer_id, currency",
].join("\n");

export const ORDER_COLUMNS = ["order_id", "customer_id", "order_date", "amount", "currency", "status", "updated_at"];
export const CUSTOMER_COLUMNS = ["customer_id", "name", "email", "country", "signup_date"];

const STATUSES = ["placed", "paid", "shipped", "delivered", "returned"];
const CURRENCIES = ["EUR", "GBP", "USD"];
const COUNTRIES = ["DE", "FR", "GB", "NL", "US"];
const NAMES = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Tony"];

/** A small deterministic generator (mulberry32): the same seed gives the same rows everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const customerId = (n: number) => `C${String(n).padStart(6, "0")}`;

/** `count` customers, as CSV rows (header first). */
export function* customerRows(count: number): Generator<string[]> {
  yield CUSTOMER_COLUMNS;
  const next = random(7);
  for (let n = 1; n <= count; n++) {
    const name = NAMES[n % NAMES.length] ?? "Ada";
    const email = n % 200 === 0 ? `${name.toLowerCase()}${n}-at-example.com` : ` ${name}.${n}@Example.com `;
    const day = 1 + Math.floor(next() * 28);
    yield [
      customerId(n).toLowerCase(),
      `${name} ${n}`,
      email,
      COUNTRIES[n % COUNTRIES.length] ?? "DE",
      `2025-01-${String(day).padStart(2, "0")}`,
    ];
  }
}

/** One day's orders for `customers` customers, as CSV rows (header first), updated during that day. */
export function* orderRows(date: string, count: number, customers: number): Generator<string[]> {
  yield ORDER_COLUMNS;
  const next = random(Number(date.replaceAll("-", "")));
  const compact = date.replaceAll("-", "");
  let previous: string[] | undefined;
  for (let i = 0; i < count; i++) {
    const slot = i % 1000;
    if (slot >= 995 && previous) {
      yield previous; // an exact copy, landed twice
      continue;
    }
    const customer = 1 + Math.floor(next() * customers);
    const seconds = Math.floor((i / count) * 86_400);
    const time = new Date(Date.parse(`${date}T00:00:00Z`) + seconds * 1000)
      .toISOString()
      .replace("T", " ")
      .slice(0, 19);
    const row = [
      `O-${compact}-${String(slot === 40 ? i - 1 : i).padStart(6, "0")}`,
      slot < 10 ? "" : slot < 990 && slot >= 985 ? customerId(customers + 1 + slot) : customerId(customer),
      date,
      slot >= 10 && slot < 20
        ? `-${(1 + next() * 99).toFixed(2)}`
        : slot >= 25 && slot < 30
          ? "n/a"
          : (5 + next() * 495).toFixed(2),
      slot >= 30 && slot < 35 ? "XXX" : (CURRENCIES[Math.floor(next() * CURRENCIES.length)] ?? "EUR"),
      slot >= 20 && slot < 25 ? "lost" : (STATUSES[Math.floor(next() * STATUSES.length)] ?? "placed"),
      time,
    ];
    previous = row;
    yield row;
  }
}

/** RFC 4180 CSV. */
export function toCsv(rows: Iterable<string[]>): string {
  let out = "";
  for (const row of rows) out += `${row.map(csvField).join(",")}\n`;
  return out;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
