/**
 * The summary line of an event: what, to whom, where ("execution of Majidreza Rahnavard in
 * Mashhad", "protest in Kermanshah, Isfahan and Rasht").
 * @module
 */
import type { EventType } from '../../../core/types.js';
import { sharedRules } from './_rules.js';

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function summarizeEvent(
  type: EventType,
  targets: readonly string[],
  where: readonly string[],
): string {
  let line = sharedRules.labels.get(type) ?? type;
  if (targets.length > 0) line += ` of ${list(targets.slice(0, 3))}`;
  if (where.length > 0) line += ` in ${list(where.slice(0, 4))}`;
  return line;
}
