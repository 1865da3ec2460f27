/** The SMTP stage at which a server refused, as reports write it in words. */
import { stageWordingIn } from '../diagnosis/stages.ts';
import type { Stage } from '../diagnosis/types.ts';
import type { SmtpCommand } from './types.ts';

const COMMAND_OF: Record<Stage, SmtpCommand | undefined> = {
  connect: 'CONN', ehlo: 'EHLO', mail: 'MAIL', rcpt: 'RCPT', data: 'DATA', 'end-of-data': 'DATA', auth: undefined,
};

export function commandInText(text: string): SmtpCommand | undefined {
  const wording = stageWordingIn(text);
  return wording ? COMMAND_OF[wording.stage] : undefined;
}

/** The command of a transcript line such as ">>> RCPT To:<a@b>". */
export function commandOfLine(line: string): SmtpCommand | undefined {
  const verb = /^\s*([A-Za-z]{4})/.exec(line)?.[1]?.toUpperCase();
  if (verb === 'RCPT') return 'RCPT';
  if (verb === 'MAIL') return 'MAIL';
  if (verb === 'DATA' || verb === 'BDAT') return 'DATA';
  if (verb === 'EHLO' || verb === 'HELO') return 'EHLO';
  return undefined;
}
