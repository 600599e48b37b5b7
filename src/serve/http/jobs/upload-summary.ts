// What an upload answers: a result per file and the totals. Its own module, free of server
// imports, so that the web app takes the type from here.

export interface FileResult {
  name: string;
  status: 'stored' | 'rejected';
  created: number;
  updated: number;
  unchanged: number;
  reason?: string;
}

export interface UploadSummary {
  /** How many files were sent. */
  files: number;
  /** One result per file, in the order sent. */
  results: FileResult[];
  stored: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { origin: string; reason: string }[];
  warnings: { origin: string; message: string }[];
}
