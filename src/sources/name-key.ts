/**
 * The comparison form of a source's name: one key for "IRNA", "irna", "Irna" and for
 * "خبرگزاری فارس" written with Arabic letter forms, diacritics or a zero-width non-joiner.
 * @module
 */
import { searchForm } from '../core/text.js';

export function nameKey(name: string): string {
  return searchForm(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u200c\u200d]/g, ' ')
    .replace(/[’'`"“”«»()[\].,:;!?]/g, '')
    .replace(/^@/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
