/**
 * Test support for adapters: runs one the way ptv-readiness does (spawn without a shell, one JSON
 * document on stdin, EOF) and checks documents against the contract's JSON Schema.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

export interface AdapterRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed, when it is JSON. */
  answer: unknown;
}

/** `command args…` with `input` (an object is sent as JSON, a string as is) on stdin. */
export function runAdapter(
  command: string,
  args: string[],
  input: unknown,
  env: Record<string, string | undefined> = {},
): Promise<AdapterRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      let answer: unknown;
      try {
        answer = JSON.parse(stdout);
      } catch {
        answer = undefined;
      }
      resolve({ code, stdout, stderr, answer });
    });
    child.stdin.end(typeof input === 'string' ? input : JSON.stringify(input));
  });
}

const schema = JSON.parse(
  readFileSync(new URL('./adapter-contract-v1.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);

export type ContractDocument =
  | 'capabilitiesRequest'
  | 'capabilitiesAnswer'
  | 'changeRequest'
  | 'createAnswer'
  | 'updateAnswer'
  | 'deleteRequest'
  | 'deleteAnswer'
  | 'syncRequest'
  | 'syncAnswer';

/** The schema's complaints about `doc` as a `name` document; [] when it conforms. */
export function contractErrors(name: ContractDocument, doc: unknown): string[] {
  const validate = ajv.getSchema(`${(schema as { $id: string }).$id}#/$defs/${name}`)!;
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
