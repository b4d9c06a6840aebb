import { describe, expect, it } from 'vitest';
import { admissionMatcher } from './admissions.js';
import { assertion, month } from './_test-assertions.js';

const admissionsOf = admissionMatcher();

describe('admissionMatcher', () => {
  it('flags a state holder crediting the PMOI with protests', () => {
    const khatib = assertion({
      type: 'protest',
      measure: null,
      holder: 'Esmail Khatib',
      group: 'iran-state',
      evidence: 'the minister said PMOI teams had organized the gatherings',
      when: month('2023-01'),
    });
    expect(admissionsOf(khatib)).toContain('state-credits-opposition-with-protests');
  });

  it('flags a state holder giving protests in dozens of cities, not in three', () => {
    const wide = assertion({ type: 'protest', measure: 'locations', low: 100, high: 100, group: 'irgc' });
    const narrow = assertion({ type: 'protest', measure: 'locations', low: 3, high: 3, group: 'irgc' });
    expect(admissionsOf(wide)).toEqual(['state-acknowledges-spread-of-protests']);
    expect(admissionsOf(narrow)).toEqual([]);
  });

  it("flags an outlet counting its own side's losses, and nothing for a rights group's count", () => {
    const own = assertion({
      type: 'arrest',
      measure: 'arrested',
      group: 'ncri-mek',
      targets: ['MEK supporters'],
    });
    expect(admissionsOf(own)).toEqual(['opposition-acknowledges-own-losses']);
    expect(admissionsOf(assertion({ targets: ['protesters'] }))).toEqual([]);
  });
});
