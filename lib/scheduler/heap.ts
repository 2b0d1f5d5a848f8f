/**
 * A binary heap of keyed items whose items can be found, updated and removed by key, as
 * kube-scheduler's pkg/scheduler/backend/heap: the scheduling queue keeps its activeQ and
 * podBackoffQ in two of them.
 */

export class KeyedHeap<T> {
  private readonly items: T[] = [];
  private readonly index = new Map<string, number>();

  /** `less(a, b)`: a comes out before b. */
  constructor(
    private readonly keyOf: (item: T) => string,
    private readonly less: (a: T, b: T) => boolean,
  ) {}

  get size(): number {
    return this.items.length;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  get(key: string): T | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.items[i];
  }

  /** Adds an item, or replaces the one with the same key and moves it to its new place. */
  push(item: T): void {
    const key = this.keyOf(item);
    const i = this.index.get(key);
    if (i !== undefined) {
      this.items[i] = item;
      this.fix(i);
      return;
    }
    this.items.push(item);
    this.index.set(key, this.items.length - 1);
    this.up(this.items.length - 1);
  }

  /** The first item, left in place. */
  peek(): T | undefined {
    return this.items[0];
  }

  /** Takes the first item out. */
  pop(): T | undefined {
    const first = this.items[0];
    if (first !== undefined) this.removeAt(0);
    return first;
  }

  /** Takes the item with this key out, wherever it is. */
  remove(key: string): T | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    const item = this.items[i];
    this.removeAt(i);
    return item;
  }

  private removeAt(i: number): void {
    const last = this.items.length - 1;
    const removed = this.items[i] as T;
    this.index.delete(this.keyOf(removed));
    if (i !== last) {
      this.place(this.items[last] as T, i);
      this.items.pop();
      this.fix(i);
    } else this.items.pop();
  }

  private place(item: T, i: number): void {
    this.items[i] = item;
    this.index.set(this.keyOf(item), i);
  }

  private fix(i: number): void {
    if (!this.up(i)) this.down(i);
  }

  private up(i: number): boolean {
    const item = this.items[i] as T;
    let at = i;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = this.items[parent] as T;
      if (!this.less(item, p)) break;
      this.place(p, at);
      at = parent;
    }
    this.place(item, at);
    return at !== i;
  }

  private down(i: number): void {
    const item = this.items[i] as T;
    const n = this.items.length;
    let at = i;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.less(this.items[right] as T, this.items[left] as T)) child = right;
      const c = this.items[child] as T;
      if (!this.less(c, item)) break;
      this.place(c, at);
      at = child;
    }
    this.place(item, at);
  }
}
