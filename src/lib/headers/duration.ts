import { fill } from '../messages.ts';
import type { UiStrings } from '../../i18n/en.ts';

/**
 * A wait in words ("2 h 5 min"). In a module of its own: the analyser page shows durations before
 * any of the header parsing (and its public-suffix list) is needed in the page.
 */
export function formatDuration(seconds: number, t: UiStrings['headerReport']['duration']): string {
  const s = Math.round(Math.abs(seconds));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  if (h > 0) return fill(t.hours, { h, m });
  if (m > 0) return fill(t.minutes, { m, s: s % 60 });
  return fill(t.seconds, { s });
}
