// `radar57 user add NAME --role R [--agency A…]`, `radar57 user list`: accounts for the server.
// The password comes from $RADAR57_PASSWORD or standard input (a pipe); otherwise one is generated
// and printed once.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore } from '../../../store/index.ts';
import { ROLES, type Role } from '../../../store/accounts.ts';
import { loadPack } from '../../../programme/load.ts';
import { createAgencyResolver } from '../../../track/tasks/csv-import.ts';
import { hashPassword } from '../../../store/credentials.ts';
import { actorName, dbPath, packDir, printJson } from '../options.ts';

function parseRole(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  throw new InvalidArgumentError(`role must be one of: ${ROLES.join(', ')}`);
}

function passwordFromInput(): { password: string; generated: boolean } {
  if (process.env.RADAR57_PASSWORD) return { password: process.env.RADAR57_PASSWORD, generated: false };
  if (!process.stdin.isTTY) {
    const piped = readFileSync(0, 'utf8').split(/\r?\n/)[0]?.trim() ?? '';
    if (piped) return { password: piped, generated: false };
  }
  return { password: randomBytes(12).toString('base64url'), generated: true };
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('tài khoản người dùng của máy chủ');
  user
    .command('add')
    .description('tạo tài khoản (mật khẩu từ $RADAR57_PASSWORD, stdin, hoặc tự sinh)')
    .argument('<username>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .option('--agency <agency>', 'agency id or name a reporter acts for (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--json', 'print JSON')
    .action(async (username: string, flags: { role: Role; agency?: string[]; json?: boolean }, command: Command) => {
      const pack = loadPack(packDir(command));
      const resolve = createAgencyResolver([...pack.agencies, ...pack.provinces]);
      const agencies = (flags.agency ?? []).map((a) => {
        const found = resolve(a);
        if ('error' in found) throw new InvalidArgumentError(`--agency: ${found.error}`);
        return found.id;
      });
      const { password, generated } = passwordFromInput();
      const store = openStore(dbPath(command));
      try {
        const created = store.accounts.addUser({ username, role: flags.role, agencies, passwordHash: await hashPassword(password) }, actorName(command));
        if (flags.json) printJson({ ...created, ...(generated ? { password } : {}) });
        else {
          process.stdout.write(`Đã tạo tài khoản ${created.username} (${created.role}${created.agencies.length ? `: ${created.agencies.join(', ')}` : ''})\n`);
          if (generated) process.stdout.write(`Mật khẩu (chỉ hiện một lần): ${password}\n`);
        }
      } finally {
        store.close();
      }
    });
  user
    .command('list')
    .description('các tài khoản')
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }, command: Command) => {
      const store = openStore(dbPath(command));
      try {
        const users = store.accounts.listUsers();
        if (flags.json) printJson({ count: users.length, users });
        else for (const u of users) process.stdout.write(`${u.username}\t${u.role}\t${u.agencies.join(', ')}${u.disabled ? '\t(khóa)' : ''}\n`);
      } finally {
        store.close();
      }
    });
}
