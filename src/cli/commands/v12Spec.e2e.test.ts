import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';
import { ptvReferenceDir, readV12Spec, REFERENCE_MISSING } from '../../../test/support/ptvReference.js';

// Spawns the built CLI (npm run build first), as a user would.
const root = packageRoot();
const bin = join(root, 'dist', 'src', 'bin.js');
const cli = (args: string[]) =>
  spawnSync(process.execPath, [bin, 'v12-spec', ...args], { cwd: root, encoding: 'utf8' });
const spec = readV12Spec();

/** The shared spec plus one POST /api/v12/service taking PostServiceRequest, in a temp dir (never committed). */
function variantFile(): string {
  const doc = structuredClone(spec);
  doc.paths['/api/v12/service'] = {
    post: {
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/PostServiceRequest' } } },
      },
      responses: { '201': { description: 'Created' } },
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'ptvr-v12spec-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe.skipIf(!spec)(`ptv-readiness v12-spec (built CLI)${spec ? '' : ` (${REFERENCE_MISSING})`}`, () => {
  it('§6 item 14: the shared spec exits 0; a variant with POST /api/v12/service exits 1 naming it and its body', () => {
    const same = cli(['--file', join(ptvReferenceDir()!, 'v12-openapi.json')]);
    expect(same.stderr).toBe('');
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('unchanged');

    const changed = cli(['--file', variantFile()]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(
      /NEW WRITE OPERATIONS[^\n]*\n\s+POST \/api\/v12\/service\s+takes PostServiceRequest/,
    );
  });

  it('--json prints the difference and a route-map skeleton keyed by the route that takes that body', () => {
    const r = cli(['--file', variantFile(), '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.writeOperationsAdded).toEqual([
      { operation: 'POST /api/v12/service', body: 'PostServiceRequest' },
    ]);
    expect(out.routeMapSkeleton.routes['service.create']).toMatchObject({
      method: 'POST',
      path: '/api/v12/service',
      body: 'PostServiceRequest',
    });
  });

  it('--url fetches the document (here from a loopback server); an unreachable URL exits 2', async () => {
    const body = JSON.stringify(spec);
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(body),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`;
    try {
      // Async spawn: the server answers from this process's event loop.
      const child = spawn(process.execPath, [bin, 'v12-spec', '--url', url], { cwd: root });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const code = await new Promise((r) => child.on('close', r));
      expect(code).toBe(0);
      expect(out).toContain('unchanged');
    } finally {
      server.close();
    }
    const gone = cli(['--url', url]);
    expect(gone.status).toBe(2);
    expect(gone.stderr).toMatch(/^PTVR_SPEC_UNREACHABLE: /);
    const notJson = cli(['--file', join(root, 'README.md')]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^PTVR_SPEC_UNREACHABLE: .*not valid JSON/);
  });
});
