import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, withQuery } from '../router.js';

export interface ChainNode {
  readonly name: string;
  readonly kind: string;
}

/**
 * The line of transmission drawn as a path, outermost first: the document, its outlet, each
 * relay, the speaker last. Each step is a link: the document to itself, every other step to a
 * search for its name, so a reader can follow the words back through who passed them on.
 * In right-to-left languages the path runs right to left.
 */
export function ChainPath({
  document,
  documentHref,
  chain,
}: {
  document: string;
  documentHref: string;
  chain: readonly ChainNode[];
}) {
  const { t } = useI18n();
  const nodes: ChainNode[] = [{ name: document, kind: 'document' }, ...chain];
  return (
    <ol class="chain" aria-label={t('statement.chain')}>
      {nodes.map((node, index) => (
        <li class={`chain-node chain-${node.kind}`} key={index} data-kind={node.kind}>
          <span class="chain-kind">{t(`chain.${node.kind}` as MessageKey)}</span>
          <Link
            class="chain-name"
            dir="auto"
            href={index === 0 ? documentHref : withQuery('/search', { q: `"${node.name}"` })}
          >
            {node.name}
          </Link>
          {index === nodes.length - 1 && index > 0 ? (
            <span class="chain-role">{t('chain.speaker')}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
