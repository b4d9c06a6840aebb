/**
 * The date range the timeline brushes, kept in the address bar (?from=…&to=…) so the timeline
 * and the map share it and a brushed view is a link.
 * @module
 */
import { navigate, useLocation, withQuery } from '../router.js';

export interface Range {
  readonly from: string;
  readonly to: string;
}

export function useRange(): [Range | null, (range: Range | null) => void] {
  const { path, query } = useLocation();
  const from = query.get('from');
  const to = query.get('to');
  const range = from && to ? { from, to } : null;
  const setRange = (next: Range | null): void => {
    const rest = Object.fromEntries([...query.entries()].filter(([key]) => key !== 'from' && key !== 'to'));
    navigate(withQuery(path, { ...rest, from: next?.from, to: next?.to }), { replace: true });
  };
  return [range, setRange];
}
