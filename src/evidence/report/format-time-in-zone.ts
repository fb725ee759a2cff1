/**
 * A moment written in the person's timezone when it can be read, else in UTC: an IANA name
 * ("Europe/Berlin") or an abbreviation the platform knows ("CET") through Intl, "UTC+2" /
 * "GMT-05:30" by its offset. `zone` is what the text names ("Europe/Berlin", "UTC+02:00",
 * "UTC"); `known` is false when the given timezone could not be read (the time is then in UTC).
 */
export function formatTimeInZone(at: number, timezone: string | undefined, locale: string): { time: string; zone: string; known: boolean } {
  const style = { dateStyle: 'medium', timeStyle: 'short' } as const;
  const utc = (known: boolean) => ({ time: new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(at), zone: 'UTC', known });
  if (!timezone) return utc(true);
  const offset = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(timezone.trim());
  if (offset) {
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? '0');
    if (hours > 14 || minutes > 59) return utc(false);
    const sign = offset[1] === '-' ? -1 : 1;
    const shifted = at + sign * (hours * 60 + minutes) * 60_000;
    const zone = `UTC${offset[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    return { time: new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(shifted), zone, known: true };
  }
  if (/^(?:UTC|GMT|Z)$/i.test(timezone.trim())) return utc(true);
  try {
    const format = new Intl.DateTimeFormat(locale, { ...style, timeZone: timezone.trim() });
    return { time: format.format(at), zone: timezone.trim(), known: true };
  } catch {
    return utc(false);
  }
}
