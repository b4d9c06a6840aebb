import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from './config.js';
import { openSanad, type Sanad } from './sanad.js';

const opened: Sanad[] = [];
afterEach(async () => {
  for (const sanad of opened.splice(0)) await sanad.close();
});

async function fresh(): Promise<Sanad> {
  const sanad = await openSanad(configFromEnv({}, { home: mkdtempSync(join(tmpdir(), 'sanad-register-')) }));
  opened.push(sanad);
  return sanad;
}

const planet = {
  name: 'Daily Planet',
  kind: 'independent_media',
  group: 'other',
  domains: ['dailyplanet.example'],
};

describe('addSource and editSource', () => {
  it('add a source under an id made from its name, then add names and replace fields on edit', async () => {
    const sanad = await fresh();
    expect(await sanad.addSource(planet)).toMatchObject({ id: 'daily-planet', origin: 'ledger', seq: 1 });
    const edited = await sanad.editSource('The Daily Planet', {
      aliases: ['The Planet'],
      note: 'Metropolis daily.',
    });
    expect(edited).toMatchObject({
      aliases: ['The Planet'],
      note: 'Metropolis daily.',
      domains: ['dailyplanet.example'],
      seq: 2,
    });
    const editedAgain = await sanad.editSource('dailyplanet.example', { aliases: ['DP'] });
    expect(editedAgain.aliases).toEqual(['The Planet', 'DP']);
    expect((await sanad.stats()).lastSeq).toBe(3);
  });

  it('refuse what would make two sources share a name or domain, or a bad domain, and append nothing', async () => {
    const sanad = await fresh();
    await sanad.addSource(planet);
    await expect(
      sanad.addSource({
        ...planet,
        name: 'Planet Two',
        domains: ['news.dailyplanet.example', 'dailyplanet.example'],
      }),
    ).rejects.toThrow(
      /Cannot add source "Planet Two": the domain "dailyplanet.example" is already source "daily-planet"/,
    );
    await expect(
      sanad.addSource({ ...planet, name: 'Planet Three', domains: ['localhost'] }),
    ).rejects.toThrow(/"localhost" is not a web domain/);
    await expect(
      sanad.addSource({ ...planet, name: 'Planet Four', domains: [], aliases: ['IRNA'] }),
    ).rejects.toThrow(/the name "IRNA" is already source "irna"/);
    await expect(sanad.editSource('daily-planet', { kind: 'newspaper' })).rejects.toThrow(
      /Cannot edit source "daily-planet": kind: unknown kind/,
    );
    await expect(sanad.editSource('daily-planet', { group: 'other' })).rejects.toThrow(
      /nothing would change/,
    );
    expect((await sanad.stats()).lastSeq).toBe(1);
  });

  it('edit a shipped source in place', async () => {
    const sanad = await fresh();
    const before = (await sanad.sources()).map((s) => s.id);
    await sanad.editSource('ایرنا', { note: 'Edited.' });
    const after = await sanad.sources();
    expect(after.map((s) => s.id)).toEqual(before);
    expect(after.find((s) => s.id === 'irna')).toMatchObject({
      note: 'Edited.',
      origin: 'ledger',
      group: 'iran-state',
    });
  });
});
