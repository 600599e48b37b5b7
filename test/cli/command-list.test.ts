// The command table the top-level help is drawn from (without loading any command's module) says
// the same as the modules: every command is listed, with the description its module gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { COMMANDS, commandNameOf } from '../../src/serve/cli/command-list.ts';

test('every registered command is in the table, with its module\'s description', async () => {
  const registered = new Map<string, string>();
  for (const entry of COMMANDS) {
    const program = new Command();
    (await entry.load())(program);
    for (const c of program.commands) registered.set(c.name(), c.description());
    assert.ok(registered.has(entry.name), `${entry.name} is registered by the module the table names`);
  }
  assert.deepEqual([...registered.keys()].sort(), COMMANDS.map((c) => c.name).sort());
  for (const entry of COMMANDS) assert.equal(entry.summary, registered.get(entry.name), entry.name);
});

test('the command is the first word that is no option or global option value', () => {
  assert.equal(commandNameOf(['search', 'chuyển đổi số']), 'search');
  assert.equal(commandNameOf(['--db', 'search.db', '--by', 'an', 'facts', '--json']), 'facts');
  assert.equal(commandNameOf(['help', 'ingest']), 'ingest');
  assert.equal(commandNameOf(['--help']), null);
  assert.equal(commandNameOf([]), null);
});
