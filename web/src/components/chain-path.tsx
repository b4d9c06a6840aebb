import { useI18n, type MessageKey } from '../i18n/index.js';

export interface ChainNode {
  readonly name: string;
  readonly kind: string;
}

/**
 * The line of transmission drawn as a path, outermost first: the document, its outlet, each
 * relay, the speaker last. In right-to-left languages the path runs right to left.
 */
export function ChainPath({ document, chain }: { document: string; chain: readonly ChainNode[] }) {
  const { t } = useI18n();
  const nodes: ChainNode[] = [{ name: document, kind: 'document' }, ...chain];
  return (
    <ol class="chain" aria-label={t('statement.chain')}>
      {nodes.map((node, index) => (
        <li class={`chain-node chain-${node.kind}`} key={index} data-kind={node.kind}>
          <span class="chain-kind">{t(`chain.${node.kind}` as MessageKey)}</span>
          <span class="chain-name" dir="auto">
            {node.name}
          </span>
          {index === nodes.length - 1 ? <span class="chain-role">{t('chain.speaker')}</span> : null}
        </li>
      ))}
    </ol>
  );
}
