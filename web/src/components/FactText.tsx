// A field's text with its facts highlighted in place. Offsets are UTF-16 code units into the field's
// text, which is exactly what String.prototype.slice uses. Facts nest (an organisation inside a
// quantity's sentence, a place inside an organisation's name); a fact that crosses another's edge
// cannot be drawn as a nested mark and is left to the fact list instead of breaking the text.
import type { JSX } from 'preact';
import { useI18n } from '../i18n.ts';
import type { MentionFact } from '../types.ts';
import { factValue } from './fact-value.ts';

interface Node {
  fact: MentionFact | null;
  start: number;
  end: number;
  children: Node[];
}

/** Nests facts by containment; facts with impossible or crossing offsets are dropped here. */
export function nestFacts(text: string, facts: readonly MentionFact[]): Node {
  const root: Node = { fact: null, start: 0, end: text.length, children: [] };
  const sorted = [...facts].sort((a, b) => a.start - b.start || b.end - a.end || a.mentionId - b.mentionId);
  const stack: Node[] = [root];
  for (const f of sorted) {
    if (!(f.start >= 0 && f.end <= text.length && f.start < f.end)) continue;
    while (stack.length > 1 && f.start >= stack[stack.length - 1]!.end) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (f.end > parent.end) continue;
    const node: Node = { fact: f, start: f.start, end: f.end, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

interface Props {
  text: string;
  facts: readonly MentionFact[];
  selected: number | null;
  onSelect: (fact: MentionFact) => void;
}

export function FactText({ text, facts, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t } = i18n;

  const renderNode = (node: Node): (JSX.Element | string)[] => {
    const out: (JSX.Element | string)[] = [];
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) out.push(text.slice(cursor, child.start));
      out.push(renderFact(child));
      cursor = child.end;
    }
    if (cursor < node.end) out.push(text.slice(cursor, node.end));
    return out;
  };

  const renderFact = (node: Node): JSX.Element => {
    const f = node.fact!;
    const choose = (e: Event) => {
      // Only the innermost fact under the pointer is chosen.
      e.stopPropagation();
      onSelect(f);
    };
    return (
      <mark
        key={f.mentionId}
        class={`fact fact-${f.kind}${selected === f.mentionId ? ' selected' : ''}${f.review ? ` fact-${f.review.verdict}` : ''}`}
        data-testid="fact"
        data-kind={f.kind}
        data-mention-id={f.mentionId}
        data-review={f.review?.verdict}
        role="button"
        tabIndex={0}
        aria-pressed={selected === f.mentionId}
        title={`${t(`fact.${f.kind}`)}: ${factValue(i18n, f)}`}
        onClick={choose}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            choose(e);
          }
        }}
      >
        {renderNode(node)}
      </mark>
    );
  };

  return <>{renderNode(nestFacts(text, facts))}</>;
}
