// The API's shapes. Those the server defines are imported from its source as types only (nothing
// of the server is bundled), so the app and the API cannot drift apart; the rest describe JSON the
// routes assemble.
export type { Observation, Qualifier, ReviewState } from '../../src/track/observation.ts';
export type { Conflict } from '../../src/track/conflicts.ts';
export type { TaskStatus } from '../../src/programme/schema.ts';
export type { TaskEvent } from '../../src/store/tracking/task-types.ts';
export type { TaskProgress } from '../../src/track/tasks/timeliness.ts';
export type { AgencyScorecard } from '../../src/track/tasks/scorecards.ts';
export type { AuditEntry } from '../../src/store/tracking/audit.ts';
export type { EntityKind, EntitySummary, StoredDocument } from '../../src/store/types.ts';
export type { FacetValue } from '../../src/store/aggregates.ts';
export type { Caption, DocumentField, DocumentKind, RelatedLink, Span } from '../../src/records.ts';
export type { UploadSummary } from '../../src/serve/http/jobs/upload-summary.ts';
import type { Observation } from '../../src/track/observation.ts';
import type { Conflict } from '../../src/track/conflicts.ts';
import type { TaskRecord } from '../../src/store/tracking/task-types.ts';
export type { TaskCompletion, TaskProposal } from '../../src/store/tracking/task-proposals.ts';
import type { EntityKind, EntitySummary, SearchHit as StoreSearchHit, StoredDocument } from '../../src/store/types.ts';
import type { FacetValue } from '../../src/store/aggregates.ts';
import type { DocumentField, DocumentKind, Span } from '../../src/records.ts';
import type { TaskProgress } from '../../src/track/tasks/timeliness.ts';
import type { AgencyScorecard } from '../../src/track/tasks/scorecards.ts';

export type Role = 'admin' | 'editor' | 'reporter' | 'viewer';

export interface User {
  username: string;
  role: Role;
  agencies: string[];
}

export interface Me {
  user: User | null;
  csrfToken: string | null;
  anonymousRead: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** A search result as GET /search sends it: the snippet's matches between \u0002 and \u0003, and as parts. */
export interface SearchHit extends StoreSearchHit {
  snippetParts: { text: string; marked: boolean }[];
}

export type FacetName = 'kind' | 'site' | 'month' | 'topic' | 'place' | 'person' | 'organization' | 'legalRef';
export type Facets = Partial<Record<FacetName, FacetValue[]>>;

/** A document named from another one (parent, teaser, near-duplicate): only id is sure to be there. */
export interface DocumentRef {
  id: number;
  title?: string | null;
  published?: string | null;
  kind?: DocumentKind;
  site?: string | null;
  lede?: string | null;
  /** The server's name for it: the title, else the lede or first paragraph, cut. */
  label?: string | null;
  /** For near-duplicates: Jaccard similarity, 0..1. */
  similarity?: number;
}

export type FactKind = 'person' | 'organization' | 'place' | 'legalRef' | 'date' | 'quantity';

/** The review in force on a fact (the extraction itself is unchanged). */
export interface FactReview {
  verdict: 'confirmed' | 'rejected' | 'corrected';
  reviewer: string;
  at: string;
  note: string | null;
  correction: Record<string, unknown> | null;
}

/** A stored mention; kind-specific fields are read loosely (see components/fact-value.ts). */
export interface MentionFact extends Span {
  kind: FactKind;
  mentionId: number;
  documentId: number;
  confidence: number;
  extractor: string;
  extractorVersion: string;
  /** The key reviews of this fact use. */
  reviewKey?: string | null;
  /** The review in force, if any; the extraction itself is never changed by it. */
  review?: FactReview | null;
  [field: string]: unknown;
}

export interface TopicFact {
  kind: 'topic';
  mentionId: number;
  documentId: number;
  id: string;
  name: string;
  score: number;
  evidence: Span[];
  extractor: string;
  extractorVersion: string;
}

export type StoredFact = MentionFact | TopicFact;

/** A row of GET /documents (the latest list): a summary, not the whole document. */
export interface DocumentSummary {
  id: number;
  kind: DocumentKind;
  title: string | null;
  lede: string | null;
  published: string | null;
  site: string | null;
  firstParagraph?: string | null;
}

export interface DocumentDetail {
  document: StoredDocument;
  /** The document's text fields in reading order, as the extractors saw them. */
  fields?: { field: DocumentField; index: number; text: string }[];
  legalId?: string | null;
  cites?: string[];
  facts: StoredFact[];
  observations: Observation[];
  urls: string[];
  parent: DocumentRef | null;
  children: DocumentRef[];
  similar: DocumentRef[];
}

export interface EntityDocument {
  id: number;
  title: string | null;
  published: string | null;
  mentions: number;
}

export interface CitingDocument extends EntityDocument {
  legalId: string | null;
}

export interface EntityDetail extends EntitySummary {
  documents: EntityDocument[];
  byMonth: { month: string; mentions: number }[];
  undatedMentions: number;
  cooccurring: { id: number; kind: EntityKind; name: string; documents: number }[];
  /** Legal ids this legal document cites (or entity references). */
  cites?: (string | { id?: number | string; name?: string; legalId?: string })[];
  /** The newest 200; `citedByCount` in all. */
  citedBy?: CitingDocument[];
  citedByCount?: number;
}

export interface Names {
  vi: string;
  en?: string;
}

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'between';

export interface Target {
  id: string;
  indicator?: string;
  name: Names;
  comparator?: Comparator;
  value?: number;
  valueMax?: number;
  unit?: string;
  description?: string;
  deadline: string;
  scope: string;
  setBy: string;
  sources: string[];
  verified: boolean;
  note?: string;
}

export type TargetStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'not_assessable' | 'no_data';

export interface TargetAssessment {
  target: Target;
  /** The target's indicator, when it has one. */
  indicator?: Indicator | null;
  status: TargetStatus;
  reason: string;
  latest: Observation | null;
  distance: number | null;
  trend: { perYear: number; projected: number } | null;
  series: Observation[];
  /** The newest evidence (up to 30), with sentences; evidenceCount says how many exist. */
  evidence: Observation[];
  evidenceCount: number;
}

/** GET /programme/targets/:id: one assessment with its conflicts. */
export interface TargetDetail extends TargetAssessment {
  today: string;
  conflicts: Conflict[];
}

export interface ProgrammeTargets {
  today: string;
  targets: TargetAssessment[];
  statedTargets: Observation[];
  conflicts: Conflict[];
}

export interface Indicator {
  id: string;
  name: Names;
  unit: string;
  direction: 'higher' | 'lower';
  pillar?: string;
  note?: string;
}

export interface ProgrammeInfo {
  programme: {
    id: string;
    name: Names;
    adoptedBy: { document: string; date: string };
    pillars: { id: string; name: Names }[];
  };
  hash: string;
  counts: Record<string, number>;
}

/** A task as GET /tasks sends it: the stored record with its derived progress. */
export interface Task extends TaskRecord {
  progress: TaskProgress;
}

export interface Agency {
  id: string;
  name: string;
  en?: string;
  kind: string;
  formerNames?: { name: string; until: string }[];
  mergedInto?: { agency: string; from: string };
  mergedFrom?: string[];
  adminCentre?: string;
}

export interface AgenciesResponse {
  agencies: Agency[];
  provinces?: Agency[];
  scorecards: AgencyScorecard[];
}

/** A provincial unit as GET /provinces lists it. */
export interface ProvinceUnit {
  id: string;
  name: string;
  adminCentre: string | null;
  mergedFrom: { id: string; name: string; from: string | null }[];
  mentions: number;
  documents: number;
  observations: number;
}

export interface Source {
  id: number;
  url: string;
  name: string | null;
  kind: 'feed' | 'sitemap' | 'page';
  lastCheckedAt: string | null;
  lastError: string | null;
  stored: number;
  pending: number;
  failed: number;
  skipped: number;
}

export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}
