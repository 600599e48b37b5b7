// The page's elements in document order, with each element's position, parent and the end of its
// subtree. "Is A inside B" becomes two comparisons instead of a walk up the tree, which is what keeps
// the passes over deeply nested pages linear.
import { isTag } from 'domhandler';
import type { AnyNode, Element } from './dom.ts';
import { meter } from './limits.ts';

export class TreeOrder {
  /** Every element under the root, in document order. */
  readonly elements: Element[] = [];
  /** Index of each element's parent element in `elements`, -1 for the outermost ones. */
  readonly parents: number[] = [];
  /** Index just past each element's last descendant. */
  private readonly ends: number[] = [];
  private readonly positions = new Map<Element, number>();

  constructor(root: AnyNode) {
    const work = meter();
    const open: number[] = [];
    // A negative entry closes the element at that index (offset by one so that index 0 closes too).
    const stack: (AnyNode | number)[] = [root];
    while (stack.length > 0) {
      const step = stack.pop() as AnyNode | number;
      work.tick();
      if (typeof step === 'number') {
        this.ends[-step - 1] = this.elements.length;
        open.pop();
        continue;
      }
      if (isTag(step)) {
        const index = this.elements.length;
        this.elements.push(step);
        this.parents.push(open.length > 0 ? (open[open.length - 1] as number) : -1);
        this.ends.push(index + 1);
        this.positions.set(step, index);
        open.push(index);
        stack.push(-index - 1);
      }
      if ('children' in step) {
        const children = step.children;
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
      }
    }
  }

  get size(): number {
    return this.elements.length;
  }

  indexOf(element: Element): number {
    return this.positions.get(element) ?? -1;
  }

  /** Index just past the element's subtree (its index + 1 + its descendants). */
  endOf(element: Element): number {
    const index = this.indexOf(element);
    return index < 0 ? -1 : (this.ends[index] as number);
  }

  /** True when `node` is `ancestor` or lies inside it. */
  contains(ancestor: Element, node: Element): boolean {
    const a = this.indexOf(ancestor);
    const n = this.indexOf(node);
    return a >= 0 && n >= a && n < (this.ends[a] as number);
  }

  parentOf(element: Element): Element | null {
    const parent = this.parents[this.indexOf(element)] ?? -1;
    return parent >= 0 ? (this.elements[parent] as Element) : null;
  }
}
