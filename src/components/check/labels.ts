import type { UiStrings } from '../../i18n/en.ts';
import type { Lang } from '../../lib/taxonomy.ts';

/** What the checker page hands its scripts: its strings, and the case each kind of record leads to. */
export type CheckLabels = UiStrings['check'] & { lang: Lang; colon: string; cases: Record<string, { title: string; url: string }> };
