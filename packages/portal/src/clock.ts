/**
 * "Now" as the API counts it. Records carry the API's times; where its clock runs scaled (the local
 * cloud's PLINTH_TIME_SCALE) the browser's own clock would age everything "0s ago". Each answer's
 * `Date` header (whole seconds) anchors the API's time to the browser's; between answers it runs at
 * the configured rate.
 */
let rate = 1;
let anchor: { api: number; local: number } | undefined;

/** `timeScale`: real seconds per API second (config.json's); the API's clock runs 1/timeScale as fast. */
export function setTimeScale(timeScale: number | undefined): void {
  rate = timeScale && timeScale > 0 ? 1 / timeScale : 1;
  anchor = undefined;
}

export function apiNow(local = Date.now()): number {
  return anchor ? anchor.api + (local - anchor.local) * rate : local;
}

/** Takes an answer's `Date` into account: re-anchors when it says later than we think, or clearly earlier. */
export function observeApiDate(header: string | null, local = Date.now()): void {
  const said = header ? Date.parse(header) : Number.NaN;
  if (Number.isNaN(said)) return;
  // The header is truncated to the second: the API's time is within [said, said + 1 s).
  const estimate = apiNow(local);
  if (!anchor || said > estimate || estimate - said > 1_000 + 1_000 * rate) anchor = { api: said + 500, local };
}
