/** The paste box's reading of one error line: the diagnosis core's answer, shaped like a bounce's recipient. */
import type { RecipientReport } from '../bounce/index.ts';
import { diagnoseText, evidenceFromText } from '../diagnosis/index.ts';

export function readErrorLine(text: string): RecipientReport | null {
  const diagnosis = diagnoseText(text);
  if (!diagnosis) return null;
  const evidence = evidenceFromText(text);
  const reading: RecipientReport = {
    reason: diagnosis.reason,
    caseSlug: diagnosis.caseSlug,
    decidedBy: diagnosis.decidedBy,
    diagnostic: text.trim(),
  };
  if (evidence.recipient) reading.address = evidence.recipient;
  if (evidence.status) reading.status = evidence.status;
  if (evidence.replyCode) reading.replyCode = evidence.replyCode;
  if (diagnosis.otherCases.length > 0) reading.otherCases = diagnosis.otherCases;
  return reading;
}
