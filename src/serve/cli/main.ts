// The `radar57` command line: one sub-command per file in ./commands.
import { Command } from 'commander';
import { registerIngest } from './commands/ingest.ts';
import { registerExtract } from './commands/extract.ts';
import { registerSearch } from './commands/search.ts';
import { registerShow } from './commands/show.ts';
import { registerStats } from './commands/stats.ts';
import { registerDemo } from './commands/demo.ts';
import { registerSource } from './commands/source.ts';
import { registerCrawl } from './commands/crawl.ts';
import { registerFacts } from './commands/facts.ts';
import { registerEntity } from './commands/entity.ts';
import { registerReextract } from './commands/reextract.ts';
import { registerProgramme } from './commands/programme.ts';
import { registerObservations } from './commands/observations.ts';
import { registerReview } from './commands/review.ts';
import { registerAudit } from './commands/audit.ts';
import { registerTasks } from './commands/tasks.ts';
import { registerServe } from './commands/serve.ts';
import { registerUser } from './commands/user.ts';
import { endQuietlyWhenOutputCloses } from './closed-pipe.ts';
import { printError } from './output.ts';

export function buildProgram(): Command {
  const program = new Command()
    .name('radar57')
    .description('Radar 57: theo dõi việc thực hiện Nghị quyết 57-NQ/TW từ nguồn tin công khai')
    .option('--db <path>', 'database file (default: $RADAR57_DB or ./radar57-data/radar57.db)')
    .option('--programme <dir>', 'programme pack folder (default: $RADAR57_PROGRAMME or the built-in programmes/nq57)')
    .option('--by <name>', 'who makes a change, for the audit log (default: $RADAR57_USER or the system user)')
    .showHelpAfterError();
  registerIngest(program);
  registerExtract(program);
  registerSearch(program);
  registerShow(program);
  registerStats(program);
  registerDemo(program);
  registerSource(program);
  registerCrawl(program);
  registerFacts(program);
  registerEntity(program);
  registerReextract(program);
  registerProgramme(program);
  registerObservations(program);
  registerReview(program);
  registerTasks(program);
  registerAudit(program);
  registerServe(program);
  registerUser(program);
  return program;
}

endQuietlyWhenOutputCloses();
try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  printError(`radar57: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
