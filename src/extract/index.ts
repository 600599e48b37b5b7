// The extract stage: StructuredDocument → DocumentFacts, every extractor run over one document.
import type { StructuredDocument } from '../records.ts';
import type { DocumentFacts, ExtractContext } from './facts.ts';
import { extractLegalRefs, EXTRACTOR as LEGAL } from './legal-refs.ts';
import { extractDates, EXTRACTOR as DATES } from './dates.ts';
import { extractQuantities, EXTRACTOR as QUANTITIES } from './quantities.ts';
import { extractPersons, EXTRACTOR as PERSONS } from './persons.ts';
import { extractOrganizations, EXTRACTOR as ORGS } from './organizations.ts';
import { extractPlaces, EXTRACTOR as PLACES } from './places.ts';
import { scoreTopics, EXTRACTOR as TOPICS } from './topics.ts';
import { extractTasks, EXTRACTOR as TASKS } from './tasks/index.ts';

/** Name and version of every extractor: stored facts are re-extracted when any of these changes. */
export const EXTRACTORS = [LEGAL, DATES, QUANTITIES, PERSONS, ORGS, PLACES, TOPICS, TASKS];

/** One string that changes whenever any extractor's version changes. */
export const EXTRACTION_VERSION = EXTRACTORS.map((e) => `${e.name}@${e.version}`).join(',');

export function extractFacts(doc: StructuredDocument, ctx: ExtractContext): DocumentFacts {
  return {
    persons: extractPersons(doc, ctx),
    organizations: extractOrganizations(doc, ctx),
    places: extractPlaces(doc, ctx),
    legalRefs: extractLegalRefs(doc, ctx),
    dates: extractDates(doc, ctx),
    quantities: extractQuantities(doc, ctx),
    topics: scoreTopics(doc, ctx),
    tasks: extractTasks(doc, ctx),
  };
}
