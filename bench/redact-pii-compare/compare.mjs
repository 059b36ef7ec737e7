// Runs redact-pii on the corpus the .NET benchmark wrote, and scores it per kind the way AccuracyTally.AddLine does:
// a hit when the value is gone and the line carries a replacement of the right kind.
import { readFileSync } from 'node:fs';
import redactPii from 'redact-pii';

const root = process.argv[2];
const lines = readFileSync(`${root}/artifacts/pii-corpus.jsonl`, 'utf8').trim().split('\n').map(JSON.parse);
const redactor = new redactPii.SyncRedactor();
const tags = {
  EMAIL: ['EMAIL_ADDRESS'], US_SSN: ['US_SOCIAL_SECURITY_NUMBER'], PAYMENT_CARD: ['CREDIT_CARD_NUMBER'],
  PHONE: ['PHONE_NUMBER'], IBAN: ['IBAN'], IP_ADDRESS: ['IP_ADDRESS'], CREDENTIAL: ['CREDENTIALS', 'PASSWORD'],
};
const counts = Object.fromEntries(Object.keys(tags).map(k => [k, { tp: 0, fp: 0, fn: 0 }]));
let changedClean = 0, clean = 0, bytes = 0;
const started = process.hrtime.bigint();
const outputs = lines.map(l => redactor.redact(l.text));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
lines.forEach((l, i) => {
  const out = outputs[i];
  bytes += Buffer.byteLength(l.text);
  const predicted = Object.keys(tags).filter(k => tags[k].some(t => out.includes(t)));
  for (const k of predicted) if (k !== l.kind) counts[k].fp++;
  if (l.kind) {
    const value = l.text.substr(l.start, l.length);
    (!out.includes(value) && predicted.includes(l.kind)) ? counts[l.kind].tp++ : counts[l.kind].fn++;
  } else {
    clean++;
    if (out !== l.text) changedClean++;
  }
});
console.log('redact-pii 3.4.0 on the corpus (line-level scoring)');
console.log('kind           precision  recall');
for (const [k, c] of Object.entries(counts)) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  console.log(`${k.padEnd(14)} ${p.toFixed(4).padStart(9)}  ${r.toFixed(4)}`);
}
console.log(`lines without PII changed: ${changedClean}/${clean} (${(100 * changedClean / clean).toFixed(1)}%)`);
console.log(`PII-dense corpus: ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s = ${(bytes / 1e6 / seconds).toFixed(3)} MB/s`);
const prose = readFileSync(`${root}/artifacts/pii-prose.txt`, 'utf8');
const t0 = process.hrtime.bigint();
redactor.redact(prose);
const ps = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`prose without PII: ${(Buffer.byteLength(prose) / 1e6).toFixed(3)} MB in ${ps.toFixed(2)} s = ${(Buffer.byteLength(prose) / 1e6 / ps).toFixed(3)} MB/s`);
