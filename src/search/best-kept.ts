/**
 * The `limit` best of a stream of items, best first: a higher score first, equal scores by a
 * lower `order`. Orders are distinct, so the kept items are the same whatever order they come in.
 * An item that cannot enter is dropped without its order being asked for (a look-up per item,
 * for thousands of index results a question).
 */
export class BestKept<T> {
  private readonly kept: { item: T; score: number; order: number }[] = [];

  constructor(
    private readonly limit: number,
    private readonly orderOf: (item: T) => number,
  ) {}

  offer(item: T, score: number): void {
    const { kept, limit } = this;
    if (limit <= 0) return;
    const last = kept[kept.length - 1];
    if (kept.length >= limit && score < last!.score) return;
    const order = this.orderOf(item);
    const before = (other: { score: number; order: number }) => score > other.score || (score === other.score && order < other.order);
    if (kept.length >= limit && !before(last!)) return;
    let at = kept.length;
    while (at > 0 && before(kept[at - 1]!)) at--;
    kept.splice(at, 0, { item, score, order });
    if (kept.length > limit) kept.pop();
  }

  /** The kept items with their scores, best first. */
  best(): { item: T; score: number }[] {
    return this.kept.map(({ item, score }) => ({ item, score }));
  }
}
