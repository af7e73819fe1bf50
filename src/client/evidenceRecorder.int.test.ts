import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('several worker processes appending to one evidence file get unique ids and whole lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-ev-mp-'));
  try {
    const file = join(dir, 'evidence.ndjson');
    const recorder = fileURLToPath(new URL('./evidenceRecorder.ts', import.meta.url));
    const redactor = fileURLToPath(new URL('../core/redactor.ts', import.meta.url));
    const script = `
      import { createEvidenceRecorder } from ${JSON.stringify(recorder)};
      import { createRedactor } from ${JSON.stringify(redactor)};
      const rec = createEvidenceRecorder({ path: ${JSON.stringify(file)}, redactor: createRedactor() });
      for (let i = 0; i < 100; i++) rec.record({ attempt: 1, requestId: rec.newRequestId(), method: 'GET',
        url: 'http://127.0.0.1/x', startedAt: new Date(), durationMs: 1, requestHeaders: {}, status: 200,
        responseBody: 'x'.repeat(2000) });`;
    await Promise.all(
      [1, 2, 3].map(() =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: process.cwd(),
        }),
      ),
    );
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(300);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(300);
    expect(new Set(ids.map((id) => id.split('-')[1])).size).toBe(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
