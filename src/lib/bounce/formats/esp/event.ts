import type { Feedback } from '../../feedback.ts';
import type { Finding } from '../../types.ts';
import type { JsonObject } from '../json.ts';

/** What one sending service's notification says: failed or delayed recipients, or complaints. */
export interface EspNotice {
  findings: Finding[];
  complaints: Feedback[];
  reportingMta?: string;
}

/** Reads one JSON object of a sending service's notification; undefined when it is not of its kind. */
export type EspReader = (event: JsonObject) => EspNotice | undefined;

/** "smtp; 550 5.1.1 user unknown" → type "smtp" and the server's words. */
export function diagnosticOf(value: string | undefined): Pick<Finding, 'diagnostic' | 'diagnosticType'> {
  if (!value) return {};
  const m = /^([a-z][\w-]{0,15})\s*;\s*([^]*)$/i.exec(value);
  return m ? { diagnosticType: m[1]!.toLowerCase(), diagnostic: m[2]!.trim() || undefined } : { diagnostic: value };
}

export const notice = (findings: Finding[], complaints: Feedback[] = []): EspNotice => ({ findings, complaints });
