// The `radar57` command line: one sub-command per file in ./commands, listed in ./command-list.ts.
import { Command } from 'commander';
import { COMMANDS, commandNameOf } from './command-list.ts';
import { endQuietlyWhenOutputCloses } from './closed-pipe.ts';
import { printError } from './output.ts';
import { failureOf } from './failure.ts';
import { environmentSettings } from '../../settings.ts';

/** RADAR57_DEBUG=1; a bad environment must not hide the error being reported. */
function debugging(): boolean {
  try {
    return environmentSettings().RADAR57_DEBUG;
  } catch {
    return false;
  }
}

export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command()
    .name('radar57')
    .description('Radar 57: theo dõi việc thực hiện Nghị quyết 57-NQ/TW từ nguồn tin công khai')
    .option('--db <path>', 'database file (default: $RADAR57_DB or ./radar57-data/radar57.db)')
    .option('--programme <dir>', 'programme pack folder (default: $RADAR57_PROGRAMME or the built-in programmes/nq57)')
    .option('--by <name>', 'who makes a change, for the audit log (default: $RADAR57_USER or the system user)')
    .showHelpAfterError();
  const wanted = commandNameOf(argv.slice(2));
  const entry = COMMANDS.find((c) => c.name === wanted);
  if (entry) (await entry.load())(program);
  // The top-level help (or an unknown command's error) lists every command without loading any.
  else for (const c of COMMANDS) program.command(c.name).description(c.summary);
  return program;
}

endQuietlyWhenOutputCloses();
try {
  await (await buildProgram(process.argv)).parseAsync(process.argv);
} catch (err) {
  const failure = failureOf(err);
  printError(`radar57: ${failure.message}\n`);
  if (debugging() && err instanceof Error && err.stack) printError(`${err.stack}\n`);
  process.exitCode = failure.exitCode;
}
