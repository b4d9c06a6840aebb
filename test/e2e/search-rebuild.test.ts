import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyHome, SAMPLES, SAMPLES_FA, sanad, tempHome } from './_cli.js';

interface Results {
  documents: Array<{ id: string; title: string | null; snippet: string; language: string }>;
  statements: unknown[];
  events: unknown[];
}

function search(home: string, query: string): Results {
  const result = sanad(home, ['search', '--json', '--', query]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Results;
}

describe('sanad search', () => {
  it('finds Persian text whatever letter forms and digits the query or the text uses', () => {
    const home = tempHome();
    // Written with Arabic yeh/kaf and Arabic-Indic digits, as some outlets do.
    const arabicForms = join(home, 'arabic-forms.txt');
    writeFileSync(
      arabicForms,
      'گزارش\n\nدر شهر كرمانشاه ٢٣ زنداني سياسي در روز ١٤ آبان به زندان ديزل‌آباد منتقل شدند.\n',
    );
    // Written with Persian forms and Persian digits.
    const persianForms = join(home, 'persian-forms.txt');
    writeFileSync(
      persianForms,
      'خبر\n\nخانواده‌های زندانیان در مشهد روز ۱۴ آبان ۱۴۰۱ مقابل دادگستری تجمع کردند.\n',
    );
    expect(sanad(home, ['ingest', arabicForms, persianForms]).status).toBe(0);

    expect(search(home, 'کرمانشاه').documents).toHaveLength(1); // Persian kaf finds Arabic kaf
    expect(search(home, 'زندانی سیاسی').documents).toHaveLength(1); // Persian yeh finds Arabic yeh
    expect(search(home, 'زنداني').documents.length).toBeGreaterThanOrEqual(1); // and the reverse
    expect(search(home, '۲۳').documents).toHaveLength(1); // Persian digits find Arabic-Indic ones
    expect(search(home, '14 آبان').documents).toHaveLength(2); // ASCII digits find both
    const hit = search(home, 'مشهد').documents[0]!;
    expect(hit.language).toBe('fa');
    expect(hit.snippet).toContain('مشهد');
  });

  it('does not fail on search syntax typed by a user', () => {
    const home = tempHome();
    const file = join(home, 'a.txt');
    writeFileSync(
      file,
      'Headline\n\nThe court in Tehran sentenced two protesters to death, the judiciary said.\n',
    );
    sanad(home, ['ingest', file]);
    for (const query of ['"death', 'death AND (', 'NEAR(x', '-court', 'col:umn', '*', "protesters' court"]) {
      const result = sanad(home, ['search', '--json', '--', query]);
      expect(result.status, `${query}: ${result.stderr}`).toBe(0);
    }
    expect(search(home, 'sentenced "to death"').documents).toHaveLength(1);
  });
});

describe('sanad rebuild', () => {
  /** The sample reports ingested once; each test works on its own copy. */
  let ingested: string;
  beforeAll(() => {
    ingested = tempHome();
    expect(sanad(ingested, ['ingest', SAMPLES, SAMPLES_FA]).status).toBe(0);
  });

  it('answers every query exactly as before', () => {
    const home = copyHome(ingested);
    const queries = ['protest', 'executed', 'Mashhad', 'اعدام', 'تجمع', 'Amnesty'];
    const listings = () => [
      ...queries.map((q) => sanad(home, ['search', q, '--json']).stdout),
      sanad(home, ['events', '--json']).stdout,
      sanad(home, ['summary', '--json']).stdout,
    ];
    const before = listings();
    expect(
      before.slice(0, queries.length).some((out) => (JSON.parse(out) as Results).documents.length > 0),
    ).toBe(true);
    const rebuilt = sanad(home, ['rebuild']);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(listings()).toEqual(before);
  });

  it('ingesting the same content twice adds nothing', () => {
    const home = copyHome(ingested);
    const head = sanad(home, ['verify']).stdout;
    const again = JSON.parse(sanad(home, ['ingest', SAMPLES, SAMPLES_FA, '--json']).stdout) as {
      added: number;
      duplicates: number;
    };
    expect(again.added).toBe(0);
    expect(again.duplicates).toBeGreaterThanOrEqual(16);
    expect(sanad(home, ['verify']).stdout).toBe(head);
  });
});
