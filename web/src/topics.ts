// Topic names in the reader's language. The store keeps one name per topic (the extractor writes the
// English one); the rules carry both, so the app names a topic by its id, bundled from the same data.
import { DEFAULT_TOPIC_RULES } from '../../src/extract/gazetteer/topic-rules.ts';
import type { I18n } from './i18n.ts';

const NAMES = new Map(DEFAULT_TOPIC_RULES.map((r) => [r.id, r.name]));

/** The topic's name in the current language; a topic the rules do not know keeps its stored name. */
export function topicName(i18n: I18n, id: string, stored: string): string {
  const names = NAMES.get(id);
  return names ? i18n.name(names) : stored;
}
