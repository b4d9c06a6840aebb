import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputRejectedError } from '../core/errors.js';
import type { MediaType } from './input-ref.js';
import { prepareDocument } from './prepare-document.js';
import type { RawInput } from './read-input.js';

function raw(
  content: string | Buffer,
  mediaType: MediaType = 'text/plain',
  url: string | null = null,
): RawInput {
  const name = url ?? 'reports/a.txt';
  return {
    ref: url === null ? { kind: 'file', path: name } : { kind: 'url', url },
    name,
    bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    mediaType,
    url,
  };
}

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Funerals Held Under Heavy Security in Zahedan | Example Monitor</title>
  <meta property="og:site_name" content="Example Monitor">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2022-10-01T23:30:00-04:00">
  <style>body { font-family: serif } .secret-style { color: red }</style>
  <script>window.trackingSecret = "SCRIPT_PAYLOAD_ONE";</script>
</head>
<body>
  <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact Us</a></nav>
  <article>
    <h1>Funerals Held Under Heavy Security in Zahedan</h1>
    <p>Security forces surrounded the cemetery in Zahedan on Saturday as families buried relatives killed during the crackdown of the previous week.</p>
    <script>document.write("SCRIPT_PAYLOAD_TWO");</script>
    <p>A local cleric said that at least 66 worshippers had been killed when troops opened fire after Friday prayers, a figure that rights groups later confirmed.</p>
    <p>The provincial governor told state television that armed separatists had started the violence and that the security forces had acted in self-defence.</p>
    <p>Shops in the city center stayed closed for a third day<br>and internet access was cut across the province.</p>
  </article>
  <footer>© 2022 Example Monitor. All rights reserved.</footer>
</body>
</html>`;

describe('prepareDocument() on HTML', () => {
  const document = prepareDocument(raw(PAGE, 'text/html'));

  it('reads title, author, site and published date from the page metadata', () => {
    expect(document.title).toBe('Funerals Held Under Heavy Security in Zahedan');
    expect(document.author).toBe('Jane Doe');
    expect(document.source).toBe('Example Monitor');
    // The date as the page writes it, not shifted to UTC (which would be October 2).
    expect(document.published).toEqual({ start: '2022-10-01', end: '2022-10-01', precision: 'day' });
    expect(document.language).toBe('en');
    expect(document.media_type).toBe('text/html');
  });

  it('keeps every body paragraph and opens with the title line', () => {
    const lines = document.text.split('\n');
    expect(lines[0]).toBe('Funerals Held Under Heavy Security in Zahedan');
    expect(document.text).toContain(
      'families buried relatives killed during the crackdown of the previous week.',
    );
    expect(document.text).toContain('at least 66 worshippers had been killed');
    expect(document.text).toContain('acted in self-defence.');
    expect(lines).toContain('Shops in the city center stayed closed for a third day');
    expect(lines).toContain('and internet access was cut across the province.');
  });

  it('never lets script or style text into the document', () => {
    expect(document.text).not.toContain('SCRIPT_PAYLOAD');
    expect(document.text).not.toContain('trackingSecret');
    expect(document.text).not.toContain('secret-style');
  });

  it('drops the navigation menu and the footer', () => {
    expect(document.text).not.toContain('Contact Us');
    expect(document.text).not.toContain('All rights reserved');
  });

  it('falls back to the body text without nav and scripts when the page has no article', () => {
    const tiny =
      '<html><head><title>Note</title></head><body><nav>Home News</nav><div>Strike at the Abadan refinery.</div><script>var x = "HIDDEN";</script></body></html>';
    const note = prepareDocument(raw(tiny, 'text/html'));
    expect(note.text).toContain('Strike at the Abadan refinery.');
    expect(note.text).not.toContain('HIDDEN');
    expect(note.text).not.toContain('Home News');
  });

  it('reads the publication date and author from JSON-LD when no <meta> gives them', () => {
    const ld = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Bakers Strike in Tabriz","datePublished":"2021-06-14T09:00:00+04:30","author":[{"@type":"Person","name":"Reza Ahmadi"}],"publisher":{"@type":"Organization","name":"Tabriz Daily"}}]}</script></head><body><p>Bakers in Tabriz stopped work on Monday over the price of flour and unpaid subsidies, a trade union said.</p></body></html>`;
    const article = prepareDocument(raw(ld, 'text/html'));
    expect(article.published).toEqual({ start: '2021-06-14', end: '2021-06-14', precision: 'day' });
    expect(article.author).toBe('Reza Ahmadi');
    expect(article.source).toBe('Tabriz Daily');
    expect(article.title).toBe('Bakers Strike in Tabriz');
  });
});

describe('prepareDocument() on plain text', () => {
  const TEXT = [
    'Home',
    'Contact Us',
    '',
    'Nurses Strike Spreads to Five Provinces',
    '',
    'By Sara Mohammadi',
    'Iran Labor Watch Report, Friday 6th Dec 2019',
    '',
    'Nurses in Ahvaz, Rasht, Kerman, Yazd and Sanandaj stopped work on Thursday to protest months of unpaid wages, a union official said.',
    '',
    'Share this:',
    '',
    'The health ministry said that the payments had been delayed by the budget office and would arrive before the end of the month.',
  ].join('\n');
  const document = prepareDocument(raw(TEXT), { sourceHint: 'Fallback Outlet' });

  it('takes the title from the first substantial line, not the menu', () => {
    expect(document.title).toBe('Nurses Strike Spreads to Five Provinces');
    expect(document.text.startsWith('Nurses Strike Spreads to Five Provinces\n')).toBe(true);
  });

  it('reads the published day and the outlet from a dateline, and the author from a byline', () => {
    expect(document.published).toEqual({ start: '2019-12-06', end: '2019-12-06', precision: 'day' });
    expect(document.source).toBe('Iran Labor Watch');
    expect(document.author).toBe('Sara Mohammadi');
  });

  it('takes no date from a short line that counts seconds, which chrono reads as today', () => {
    const timed = [
      'Blast at the Refinery Gate',
      '',
      'Sirens sounded within 1990 s of the blast.',
      '',
      'Workers at the refinery gate said the fire burned for an hour before the brigade arrived.',
    ].join('\n');
    expect(prepareDocument(raw(timed)).published).toBeNull();
    expect(
      prepareDocument(raw(timed.replace('within 1990 s of', 'on August 8, 2023 after'))).published,
    ).toEqual({
      start: '2023-08-08',
      end: '2023-08-08',
      precision: 'day',
    });
  });

  it('uses the --source hint only when the text names no outlet', () => {
    const plain =
      'Teachers Rally in Isfahan\n\nTeachers gathered outside the education office in Isfahan on Sunday to demand the release of colleagues.';
    expect(prepareDocument(raw(plain), { sourceHint: 'Radio Farda' }).source).toBe('Radio Farda');
    expect(prepareDocument(raw(plain)).source).toBeNull();
  });

  it('names the outlet after the URL host when read from a URL and nothing else names it', () => {
    const plain =
      'Teachers Rally in Isfahan\n\nTeachers gathered outside the education office in Isfahan on Sunday to demand the release of colleagues.';
    expect(
      prepareDocument(raw(plain, 'text/plain', 'https://www.example-news.org/2024/rally.txt')).source,
    ).toBe('example-news.org');
  });

  it("takes a date in the site's header bar, above the breadcrumb trail, for the day the page was saved", () => {
    const page = (header: string): string =>
      [
        header,
        'HomeNewsIran Labor NewsBakers Strike in Tabriz Over Flour Prices...',
        '',
        'Bakers Strike in Tabriz Over Flour Prices',
        '',
        'Bakers in Tabriz closed their shops last Monday after the price of subsidized flour doubled, a union member said.',
      ].join('\n');
    const saved = prepareDocument(raw(page('Thursday, March 14, 2024')));
    expect(saved.published).toBeNull();
    expect(saved.title).toBe('Bakers Strike in Tabriz Over Flour Prices');
    expect(saved.text.startsWith('Thursday, March 14, 2024\n')).toBe(true);

    const dated = prepareDocument(
      raw(page('Thursday, March 14, 2024').replace('\n\nBakers in', '\nMarch 2, 2024\n\nBakers in')),
    );
    expect(dated.published).toEqual({ start: '2024-03-02', end: '2024-03-02', precision: 'day' });
  });

  it("takes a line naming an outlet's staff for the byline and the outlet, not the title", () => {
    const text =
      'Retirees Rally in Ahvaz Over Unpaid Pensions\n\nIran Labor Watch Staff\nJanuary 14, 2025\n\nHundreds of retirees gathered outside the governor’s office in Ahvaz on Sunday, a union member said.';
    const staffed = prepareDocument(raw(text));
    expect(staffed.title).toBe('Retirees Rally in Ahvaz Over Unpaid Pensions');
    expect(staffed.source).toBe('Iran Labor Watch');
    const caption = `${text.replace('Iran Labor Watch Staff\n', '')}\n\nPrison Staff`;
    expect(prepareDocument(raw(caption)).source).toBeNull();
  });

  it('reads a month-only dateline with month precision', () => {
    const text =
      'Executions Rise in Karaj Prison\n\nPublished: March 2023\n\nAt least twelve prisoners were hanged in Ghezel Hesar prison during the month, a rights group said.';
    expect(prepareDocument(raw(text)).published).toEqual({
      start: '2023-03-01',
      end: '2023-03-31',
      precision: 'month',
    });
  });

  it('refuses text that is all page furniture as SANAD_INPUT_EMPTY', () => {
    expect(() => prepareDocument(raw('Print Email\nShare this:\nScroll to Top\n'))).toThrow(
      InputRejectedError,
    );
    try {
      prepareDocument(raw('Print Email\nShare this:\n'));
    } catch (error) {
      expect((error as InputRejectedError).code).toBe('SANAD_INPUT_EMPTY');
    }
  });

  it('refuses binary content with the reason in the message', () => {
    expect(() => prepareDocument(raw(Buffer.from('%PDF-1.4\n...'), 'text/plain'))).toThrow(
      'Cannot ingest "reports/a.txt": binary content (PDF signature)',
    );
  });
});

describe('prepareDocument() on Markdown', () => {
  it('reads front matter for metadata and drops it from the text', () => {
    const markdown = [
      '---',
      'title: "Bazaar Merchants Close Shops in Tehran"',
      'source: Iran Labor Watch',
      'published: 2022-09-21',
      'language: en',
      'author: Ali Karimi',
      'url: https://example.org/bazaar',
      '---',
      '# Bazaar Merchants Close Shops in Tehran',
      '',
      'Merchants in the Grand Bazaar closed their shops on Wednesday in solidarity with the protesters, witnesses said.',
    ].join('\n');
    const document = prepareDocument(raw(markdown, 'text/markdown'));
    expect(document.title).toBe('Bazaar Merchants Close Shops in Tehran');
    expect(document.source).toBe('Iran Labor Watch');
    expect(document.author).toBe('Ali Karimi');
    expect(document.published).toEqual({ start: '2022-09-21', end: '2022-09-21', precision: 'day' });
    expect(document.text.startsWith('# Bazaar Merchants Close Shops in Tehran')).toBe(true);
    expect(document.text).not.toContain('published:');
  });

  it('takes the title from a Markdown heading without its marks', () => {
    const markdown =
      '## Students Arrested in Shiraz\n\nPolice detained eleven students at Shiraz University on Monday evening, their families said.';
    expect(prepareDocument(raw(markdown, 'text/markdown')).title).toBe('Students Arrested in Shiraz');
  });
});

describe('prepareDocument() on Persian', () => {
  // Typed with Arabic-keyboard letters (ي ك) as many Persian pages are.
  const PERSIAN =
    'بازداشت دانشجويان در تبريز\n\n۱۴ آبان ۱۴۰۱\n\nنيروهای امنيتی روز سه‌شنبه دست‌كم ۴۰ دانشجو را در تبريز بازداشت كردند و خانواده‌ها از سرنوشت آنان بی‌خبرند.';
  const document = prepareDocument(raw(PERSIAN));

  it('unifies Arabic ي and ك to Persian ی and ک', () => {
    expect(document.text).not.toMatch(/[\u064A\u0643]/);
    expect(document.text).toContain('دانشجویان');
    expect(document.text).toContain('کردند');
  });

  it('keeps the zero-width non-joiner, which is part of Persian spelling', () => {
    expect(document.text).toContain('سه\u200Cشنبه');
    expect(document.text).toContain('دست\u200Cکم');
  });

  it('detects Persian and reads a Solar Hijri dateline', () => {
    expect(document.language).toBe('fa');
    expect(document.title).toBe('بازداشت دانشجویان در تبریز');
    expect(document.published).toEqual({ start: '2022-11-05', end: '2022-11-05', precision: 'day' });
  });

  it('reads the outlet of a Persian dateline without the Persian comma after it', () => {
    const text =
      'اعتصاب کارگران در آبادان\n\nخبرگزاری ایلنا، ۱۲ اسفند ۱۴۰۲\n\nکارگران پالایشگاه آبادان روز شنبه در اعتراض به دستمزدهای معوق دست از کار کشیدند.';
    const dated = prepareDocument(raw(text));
    expect(dated.source).toBe('خبرگزاری ایلنا');
    expect(dated.published).toEqual({ start: '2024-03-02', end: '2024-03-02', precision: 'day' });
  });
});

describe('prepareDocument() identity', () => {
  const TEXT =
    'Strike in Abadan\n\nOil workers at the Abadan refinery stopped work on Monday, a labour group said.';

  it('gives the same text the same id, the SHA-256 of the cleaned text', () => {
    const first = prepareDocument(raw(TEXT));
    const second = prepareDocument(raw(TEXT));
    expect(first.id).toBe(second.id);
    expect(first.id).toBe(`sha256:${createHash('sha256').update(first.text, 'utf8').digest('hex')}`);
  });

  it('gives different raw bytes that clean to the same text the same id and different raw hashes', () => {
    const windows = TEXT.replace(/\n/g, '\r\n');
    const withFurniture = `${TEXT}\n\n\n\nScroll to Top\n`;
    const plain = prepareDocument(raw(TEXT));
    for (const variant of [windows, withFurniture, `\uFEFF${TEXT}`]) {
      const document = prepareDocument(raw(variant));
      expect(document.id).toBe(plain.id);
      expect(document.raw_hash).not.toBe(plain.raw_hash);
    }
  });
});

describe('prepareDocument() speed', () => {
  it('cleans several megabytes of plain text in well under a second per 5 MB', () => {
    const paragraph =
      'Security forces detained dozens of people in the city on Monday after a night of protests, a rights group said.';
    const blocks: string[] = [];
    for (let i = 0; blocks.join('').length < 5 * 1024 * 1024; i++) {
      const chunk: string[] = [];
      for (let j = 0; j < 500; j++) chunk.push(`${paragraph} Report ${i}-${j}.`, '', 'Share this:', '');
      blocks.push(chunk.join('\n'));
    }
    const bytes = Buffer.from(`Detentions Continue\n\n${blocks.join('\n')}`);
    const started = performance.now();
    const document = prepareDocument(raw(bytes));
    const seconds = (performance.now() - started) / 1000;
    expect(document.text).not.toContain('Share this:');
    // A loose bound on a shared machine: it catches quadratic slips, not small regressions.
    expect(bytes.length / (1024 * 1024) / seconds).toBeGreaterThan(5);
  });
});
