import type { Command } from 'commander';
import type { SourceChanges, SourceInput } from '../../app/index.js';
import { SOURCE_GROUPS, SOURCE_KINDS } from '../../sources/index.js';
import type { StoredSource } from '../../store/index.js';
import { configOf, withSanad } from '../context.js';
import { oneLine, printJson, println, table } from '../output.js';

interface SourceFlags {
  id?: string;
  name?: string;
  nameFa?: string;
  alias?: string[];
  aliasFa?: string[];
  domain?: string[];
  kind?: string;
  group?: string;
  note?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The options add and edit share. */
function withSourceOptions(command: Command): Command {
  return command
    .option('--name <name>', 'the name in English')
    .option('--name-fa <name>', 'the name in Persian')
    .option('--alias <name>', 'another English name or abbreviation (repeatable)', collect)
    .option('--alias-fa <name>', 'another Persian name (repeatable)', collect)
    .option('--domain <domain>', 'a web domain, or domain/path for a section of a site (repeatable)', collect)
    .option('--kind <kind>', SOURCE_KINDS.join(', '))
    .option('--group <group>', `affiliation group: ${SOURCE_GROUPS.join(', ')}`)
    .option('--note <text>', 'one line on who they are and why this group')
    .option('--json', 'print the source as JSON');
}

function fieldsOf(flags: SourceFlags): SourceChanges {
  const fields: Record<string, unknown> = {
    name: flags.name,
    name_fa: flags.nameFa,
    aliases: flags.alias,
    aliases_fa: flags.aliasFa,
    domains: flags.domain,
    kind: flags.kind,
    group: flags.group,
    note: flags.note,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as SourceChanges;
}

function printSource(source: StoredSource, json: boolean | undefined, verb: string): void {
  if (json) return printJson(source);
  println(`${verb} ${source.id}: ${source.name}${source.name_fa ? ` · ${source.name_fa}` : ''}`);
  println(`  ${source.kind}, ${source.group}${source.domains.length ? `, ${source.domains.join(' ')}` : ''}`);
}

export function registerSources(program: Command): void {
  const sources = program
    .command('sources')
    .description('the source registry: outlets, agencies, officials and organizations, with their groups')
    .addHelpText(
      'after',
      `
Examples:
  $ sanad sources list --group rights-ngo
  $ sanad sources add --name "Daily Planet" --kind independent_media --group other --domain dailyplanet.example
  $ sanad sources edit daily-planet --alias "The Planet" --note "Metropolis daily"

Every add and edit is a source.registered entry in the ledger; sanad rebuild replays them.`,
    );

  sources
    .command('list')
    .description('list the sources sanad knows, shipped and registered')
    .option('--group <group>', `only this affiliation group: ${SOURCE_GROUPS.join(', ')}`)
    .option('--json', 'print the sources as JSON')
    .addHelpText('after', '\nExample:\n  $ sanad sources list --group iran-state --json\n')
    .action(async (flags: { group?: string; json?: boolean }, command: Command) => {
      const listed = await withSanad(configOf(command), (sanad) =>
        sanad.sources(flags.group === undefined ? {} : { group: flags.group }),
      );
      if (flags.json) return printJson(listed);
      println(
        table([
          ['id', 'group', 'kind', 'name', 'domains'],
          ...listed.map((s) => [
            s.id,
            s.group,
            s.kind,
            oneLine(s.name_fa ? `${s.name} · ${s.name_fa}` : s.name, 60),
            s.domains.join(' ') || '—',
          ]),
        ]),
      );
    });

  withSourceOptions(
    sources
      .command('add')
      .description('register a new source (a ledger entry)')
      .option(
        '--id <id>',
        'a short id of lower-case letters, digits and hyphens (default: made from the name)',
      ),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ sanad sources add --name "Daily Planet" --name-fa "دیلی پلنت" --kind independent_media --group other\n',
    )
    .action(async (flags: SourceFlags, command: Command) => {
      const input: SourceInput = { ...fieldsOf(flags), ...(flags.id ? { id: flags.id } : {}) };
      const added = await withSanad(configOf(command), (sanad) => sanad.addSource(input));
      printSource(added, flags.json, 'added');
    });

  withSourceOptions(
    sources
      .command('edit')
      .description(
        'change a source (a ledger entry); --alias and --domain add to its own, other options replace',
      )
      .argument('<source>', 'the id, a name or a domain of the source'),
  )
    .addHelpText(
      'after',
      '\nExample:\n  $ sanad sources edit Tasnim --alias "Tasnim News" --note "IRGC-affiliated agency"\n',
    )
    .action(async (source: string, flags: SourceFlags, command: Command) => {
      const edited = await withSanad(configOf(command), (sanad) => sanad.editSource(source, fieldsOf(flags)));
      printSource(edited, flags.json, 'edited');
    });
}
