import { REASONS, type Reason } from '../taxonomy.ts';

export { REASONS, type Reason } from '../taxonomy.ts';

const known: ReadonlySet<string> = new Set(REASONS);

export function isReason(name: string): name is Reason {
  return known.has(name);
}
