// `radar57 user add NAME --role R [--agency A…]`, `user list`, `user passwd NAME`,
// `user disable|enable NAME`, `user role NAME --role R [--agency A…]`: accounts for the server,
// each change audited under --by. A password comes from $RADAR57_PASSWORD or standard input (a
// pipe); otherwise one is generated and printed once. Setting a password or disabling an account
// ends its sessions.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore } from '../../../store/index.ts';
import { ROLES, type Role, type UserChange } from '../../../store/accounts.ts';
import { loadPack } from '../../../programme/load.ts';
import { createAgencyResolver } from '../../../track/tasks/csv-import.ts';
import { hashPassword } from '../../../store/credentials.ts';
import { actorName, dbPath, packDir, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

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

function agencyIds(command: Command, names: readonly string[]): string[] {
  const pack = loadPack(packDir(command));
  const resolve = createAgencyResolver([...pack.agencies, ...pack.provinces]);
  return names.map((a) => {
    const found = resolve(a);
    if ('error' in found) throw new InvalidArgumentError(`--agency: ${found.error}`);
    return found.id;
  });
}

/** Applies a change to one account, or fails naming it. */
async function changeUser(command: Command, username: string, change: UserChange, done: string): Promise<void> {
  const store = await openStore(dbPath(command));
  try {
    const changed = await store.accounts.updateUser(username, change, actorName(command));
    if (!changed) throw new InvalidArgumentError(`không có tài khoản ${username}`);
    printText(`${done}: ${changed.username} (${changed.role}${changed.agencies.length ? `: ${changed.agencies.join(', ')}` : ''}${changed.disabled ? ', đã khóa' : ''})\n`);
  } finally {
    await store.close();
  }
}

export function registerUser(program: Command): void {
  const user = program.command('user').description(summaryOf('user'));
  user
    .command('add')
    .description('tạo tài khoản (mật khẩu từ $RADAR57_PASSWORD, stdin, hoặc tự sinh)')
    .argument('<username>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .option('--agency <agency>', 'agency id or name a reporter acts for (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--json', 'print JSON')
    .action(async (username: string, flags: { role: Role; agency?: string[]; json?: boolean }, command: Command) => {
      const agencies = agencyIds(command, flags.agency ?? []);
      const { password, generated } = passwordFromInput();
      const store = await openStore(dbPath(command));
      try {
        const created = await store.accounts.addUser({ username, role: flags.role, agencies, passwordHash: await hashPassword(password) }, actorName(command));
        if (flags.json) printJson({ ...created, ...(generated ? { password } : {}) });
        else {
          printText(`Đã tạo tài khoản ${created.username} (${created.role}${created.agencies.length ? `: ${created.agencies.join(', ')}` : ''})\n`);
          if (generated) printText(`Mật khẩu (chỉ hiện một lần): ${password}\n`);
        }
      } finally {
        await store.close();
      }
    });
  user
    .command('list')
    .description('các tài khoản')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const users = await store.accounts.listUsers();
        if (flags.json) printJson({ count: users.length, users });
        else for (const u of users) printText(`${u.username}\t${u.role}\t${u.agencies.join(', ')}${u.disabled ? '\t(khóa)' : ''}\n`);
      } finally {
        await store.close();
      }
    });
  user
    .command('passwd')
    .description('đặt mật khẩu mới (từ $RADAR57_PASSWORD, stdin, hoặc tự sinh); các phiên đăng nhập của tài khoản kết thúc')
    .argument('<username>')
    .action(async (username: string, _flags: unknown, command: Command) => {
      const { password, generated } = passwordFromInput();
      const hash = await hashPassword(password);
      const store = await openStore(dbPath(command));
      try {
        if (!await store.accounts.setPassword(username, hash, actorName(command))) throw new InvalidArgumentError(`không có tài khoản ${username}`);
        printText(`Đã đặt mật khẩu mới cho ${username}\n`);
        if (generated) printText(`Mật khẩu (chỉ hiện một lần): ${password}\n`);
      } finally {
        await store.close();
      }
    });
  user
    .command('disable')
    .description('khóa tài khoản: không đăng nhập được, phiên và mã API ngừng hoạt động')
    .argument('<username>')
    .action((username: string, _flags: unknown, command: Command) => changeUser(command, username, { disabled: true }, 'Đã khóa'));
  user
    .command('enable')
    .description('mở khóa tài khoản')
    .argument('<username>')
    .action((username: string, _flags: unknown, command: Command) => changeUser(command, username, { disabled: false }, 'Đã mở khóa'));
  user
    .command('role')
    .description('đổi vai trò (và cơ quan của tài khoản báo cáo)')
    .argument('<username>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .option('--agency <agency>', 'agency id or name a reporter acts for (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .action((username: string, flags: { role: Role; agency?: string[] }, command: Command) =>
      changeUser(command, username, { role: flags.role, ...(flags.agency ? { agencies: agencyIds(command, flags.agency) } : {}) }, 'Đã đổi vai trò'),
    );
}
