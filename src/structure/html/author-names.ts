// What a byline's words say about the name they stand in: an organisation (`British Heart
// Foundation`, `Aidoc Staff`), a job title (`Print Managing Editor`, `Senior Autos Reporter`) or a
// credential after a name (`MD`, `PhD`). Tables as data, each with the reason it holds.

/**
 * Words that make a capitalised run of words an organisation or a collective rather than a person.
 * Sites declare their outlet as the author (even typed Person in JSON-LD) and byline boxes credit
 * teams; a person's name never holds these words.
 */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  // legal forms and kinds of body
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'llp', 'plc', 'gmbh', 'corp', 'corp.', 'company', 'corporation', 'group',
  'foundation', 'association', 'institute', 'university', 'college', 'society', 'council', 'agency', 'department',
  'ministry', 'hospital', 'clinic', 'health', 'healthcare', 'bank', 'network', 'labs', 'studio', 'studios', 'services', 'solutions',
  // newsrooms and their names
  'news', 'newsroom', 'press', 'media', 'magazine', 'journal', 'times', 'post', 'daily', 'weekly', 'today',
  'herald', 'tribune', 'gazette', 'wire', 'reuters', 'blog',
  // collectives credited instead of a person
  'staff', 'team', 'editors', 'editorial', 'desk', 'admin', 'administrator',
  // Vietnamese bodies and outlets
  'báo', 'tạp', 'ban', 'sở', 'bộ', 'cục', 'viện', 'trung', 'ttxvn', 'vtv',
]);

/**
 * Job titles printed with a name (`Audrey Huang, Print Managing Editor`, `Keith Barry Senior Autos
 * Reporter`): the byline names the person; the title describes them and is not a second author.
 * A word here ends the name it follows.
 */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'editor', 'editors', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'columnist', 'columnists',
  'contributor', 'contributors', 'contributing', 'journalist', 'producer', 'photographer', 'expert', 'experts',
  'officer', 'manager', 'founder', 'co-founder', 'cofounder', 'ceo', 'cfo', 'coo', 'cto', 'president', 'director',
  'attorney', 'lawyer', 'analyst', 'consultant', 'specialist', 'strategist', 'researcher', 'scientist', 'engineer',
  'professor', 'lecturer', 'educator', 'educators', 'advisor', 'adviser', 'representative', 'coordinator',
  'intern', 'associate', 'senior', 'junior', 'chief', 'principal', 'staff', 'guest', 'freelance',
]);

/**
 * Professional credentials written after a name (`Angela Holliday-Bell, MD`): part of how the page
 * credits the person, kept beside the name as the page prints it.
 */
const CREDENTIALS: ReadonlySet<string> = new Set([
  'md', 'm.d.', 'do', 'phd', 'ph.d.', 'rn', 'bsn', 'msn', 'np', 'pa-c', 'ms', 'ma', 'mba', 'mph', 'rd', 'rdn', 'ld',
  'cde', 'cdces', 'cfp', 'cpa', 'cfa', 'dvm', 'vmd', 'dds', 'dmd', 'pharmd', 'jd', 'esq', 'facp', 'faap', 'dacvb',
]);

function wordsOf(name: string): string[] {
  return name.toLowerCase().replace(/[®™*]/g, '').split(/\s+/).filter(Boolean);
}

/** `British Heart Foundation`, `Aidoc Staff`, `The Upwork Team`: a body, not a person. */
export function namesOrganisation(name: string): boolean {
  const words = wordsOf(name);
  return words[0] === 'the' || words.some((word) => ORGANISATION_WORDS.has(word.replace(/[.,]$/, '')));
}

/** `MD`, `Ph.D.`, `CFP®`. */
export function isCredential(text: string): boolean {
  const words = wordsOf(text);
  if (words.length > 0 && words.every((word) => CREDENTIALS.has(word.replace(/,$/, '')))) return true;
  // Certifications are many (`CEPF®`, `FAND`): a short capitals-only token with the mark is one too.
  return /^[A-Z]{2,6}[®™]$/.test(text.trim());
}

/** A job title: every word is a role, or a role word ends it (`Print Managing Editor`). */
export function isRole(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.some((word) => ROLE_WORDS.has(word));
}

/** `Keith Barry Senior Autos Reporter` → `Keith Barry`: the name ends where a job title starts. */
export function withoutTrailingRole(name: string): string {
  const words = name.split(/\s+/);
  // A title may open the piece (`Senior Autos Reporter`: no name at all); a second word may be a
  // surname that happens to be a role word, so a name is cut only after two words.
  const start = words.findIndex((word, index) => index !== 1 && ROLE_WORDS.has(word.toLowerCase().replace(/[.,]$/, '')));
  return start < 0 ? name : words.slice(0, start).join(' ');
}
