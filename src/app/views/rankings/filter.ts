/** The rankings' search: keeps the rows whose label contains the query, ignoring case and accents. */
import { searchKey } from '../../partners.ts';

/** The subset of `order` (kept in its order) whose folded label contains the folded query. */
export function filterByLabel(order: Int32Array, searchKeys: readonly string[], query: string): Int32Array {
  const needle = searchKey(query.trim());
  if (needle === '') return order;
  return order.filter((index) => searchKeys[index].includes(needle));
}
