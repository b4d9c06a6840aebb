/**
 * `sanad extract`: the whole pipeline on files, storing nothing; one contract object per file.
 * @module
 */
import { InputRejectedError, messageOf } from '../core/errors.js';
import type { Extraction, SanadDocument } from '../core/types.js';
import type { Pipeline } from '../extract/index.js';
import type { IngestLimits } from '../ingest/index.js';

/** The version of the JSON shape in CONTRACT.md. */
export const CONTRACT_VERSION = 1;

export type ExtractResult =
  | ({
      readonly contract: number;
      readonly document: ContractDocument;
      readonly extractor: string;
    } & Extraction)
  | {
      readonly contract: number;
      readonly document: { readonly file: string };
      readonly error: { readonly code: string; readonly message: string };
    };

export type ContractDocument = Pick<
  SanadDocument,
  'id' | 'file' | 'title' | 'published' | 'language' | 'source' | 'author' | 'text'
> & { readonly raw_hash: string };

/** Extracts one document already read and cleaned into the contract's shape. */
export function toContract(
  document: SanadDocument,
  extraction: Extraction,
  extractor: string,
): ExtractResult {
  const { id, file, title, published, language, source, author, text, raw_hash } = document;
  return {
    contract: CONTRACT_VERSION,
    document: { id, file, title, published, language, source, author, text, raw_hash },
    extractor,
    ...extraction,
  };
}

export async function* extractFiles(
  files: readonly string[],
  limits: IngestLimits,
  options: { source?: string | null; pipeline?: Pipeline } = {},
): AsyncGenerator<ExtractResult> {
  // Loaded here rather than on import, so that commands which never extract start fast.
  const { prepareDocument, readInput } = await import('../ingest/index.js');
  const pipeline = options.pipeline ?? (await import('../extract/index.js')).createDefaultPipeline();
  for (const file of files) {
    try {
      const raw = await readInput(
        /^https?:\/\//i.test(file) ? { kind: 'url', url: file } : { kind: 'file', path: file },
        limits,
      );
      const document = prepareDocument(raw, { sourceHint: options.source ?? null });
      yield toContract(document, pipeline.run(document), pipeline.version);
    } catch (error) {
      const code = error instanceof InputRejectedError ? error.code : 'SANAD_INPUT_UNREADABLE';
      const message =
        error instanceof InputRejectedError ? error.message : `Cannot extract "${file}": ${messageOf(error)}`;
      yield { contract: CONTRACT_VERSION, document: { file }, error: { code, message } };
    }
  }
}
