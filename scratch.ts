import { readFileSync, readdirSync } from 'node:fs';
import { readInput } from './src/pipeline/read-input.ts';
const dir = '../shared/eval/vn-observations';
let ok = 0, n = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const r = readInput({ origin: f, bytes: readFileSync(`${dir}/${f.replace('.json', '.txt')}`) });
  const d = r.documents[0]!;
  const got = d.published?.slice(0, 10) ?? null;
  n++;
  const good = got === gold.published;
  if (good) ok++;
  console.log(good ? 'ok ' : 'BAD', f, r.format, 'gold', gold.published, 'got', got, '|', (d.title ?? '').slice(0, 70));
}
console.log(`published ${ok}/${n}`);
