// `stancemap check` says what the reader says: for every broken fixture, the command's messages
// (path and message, or a syntax error's line and column) are the ones the reader's error view
// shows for the same file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURES, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();
const STANCEMAP = fileURLToPath(new URL('../../target/debug/stancemap', import.meta.url));
const BROKEN = readdirSync(`${FIXTURES}/broken`).filter((f) => f.endsWith('.json'));

/** The command's messages about `file`: path (if any) and message, or line, column, message. */
function command(file) {
  const run = spawnSync(STANCEMAP, ['check', file], { encoding: 'utf8' });
  assert.equal(run.status, 1, `${file}: ${run.stderr}`);
  const heads = run.stderr.split('\n').filter((l) => l.startsWith(file));
  return heads.map((l) => {
    const rest = l.slice(file.length);
    const placed = rest.match(/^:(\d+):(\d+): (.*)$/);
    const text = placed ? placed[3] : rest.replace(/^: /, '');
    const pathed = text.match(/^([\w[\].]+|\(top level\)): (.*)$/);
    return { line: placed?.[1], column: placed?.[2], path: pathed?.[1], message: pathed ? pathed[2] : text };
  });
}

describe('stancemap check', () => {
  it("gives the reader's own messages for every broken fixture", async () => {
    assert.ok(BROKEN.length >= 20, `${BROKEN.length} fixtures`);
    const page = await newPage(env);
    for (const name of BROKEN) {
      const file = `${FIXTURES}/broken/${name}`;
      await page.goto(`${env.base}?src=fixtures/broken/${name}`);
      await page.waitForSelector('.sm-error');
      const shown = await page.$$eval('.sm-error .sm-problems li', (items) =>
        items.map((li) => ({ path: li.querySelector('code').textContent, message: li.textContent.slice(li.querySelector('code').textContent.length + 1) })),
      );
      const said = command(file);
      if (shown.length > 0) {
        assert.deepEqual(said.map(({ path, message }) => ({ path, message })), shown, name);
        continue;
      }
      const text = await page.$eval('.sm-error', (e) => [...e.querySelectorAll('p')].map((p) => p.textContent).join('\n'));
      const syntax = text.match(/The file is not valid JSON: (.*) at line (\d+), column (\d+)\./);
      if (syntax) {
        assert.equal(said.length, 1, name);
        assert.deepEqual(said[0], { line: syntax[2], column: syntax[3], path: undefined, message: `not valid JSON: ${syntax[1]}` }, name);
      } else {
        // Whole-file refusals (another format, too large): the same sentence.
        assert.equal(said.length, 1, name);
        const { message } = said[0];
        assert.ok(text.toLowerCase().includes(message.toLowerCase()), `${name}: "${message}" in "${text}"`);
      }
    }
    assert.deepEqual(page.errors, []);
  });
});
