import { describe, expect, it } from 'vitest';
import { lemmaOfCue } from './lemma-of-cue.js';

describe('lemmaOfCue()', () => {
  it('gives the lemma of an English verb form after an auxiliary', () => {
    expect(lemmaOfCue('has told')).toBe('told');
    expect(lemmaOfCue('says')).toBe('said');
  });

  it('gives the lemma of a Persian verb with its auxiliary', () => {
    expect(lemmaOfCue('اعلام کرده بود')).toBe('announced');
  });

  it('gives null for words that report nothing', () => {
    expect(lemmaOfCue('walked')).toBeNull();
  });
});
