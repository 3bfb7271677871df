import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The specs' operations are typed by test/gql/, generated from the committed SDL and the
// `graphql()` documents under test/ (an invalid document fails the generation). This fails when
// the committed files are not what the generator writes now; `npm run test:codegen` rewrites them.
// The generator runs in a child process: its command-line half loads ES modules Jest cannot.
const ROOT = join(__dirname, '..', '..');
const GENERATE = `
const { generate } = require('@graphql-codegen/cli');
const config = require('./test/codegen.ts').default;
generate({ ...config, cwd: process.cwd(), silent: true }, false).then((files) => process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content })))));
`;

describe('typed operations of the specs', () => {
  it('test/gql/ matches the schema and the documents', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', '-e', GENERATE], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const files = JSON.parse(stdout) as Array<{ filename: string; content: string }>;
    expect(files.map((file) => file.filename).sort()).toEqual(['test/gql/gql.ts', 'test/gql/graphql.ts', 'test/gql/index.ts']);
    for (const file of files) expect(`${file.filename}:\n${readFileSync(join(ROOT, file.filename), 'utf8')}`).toBe(`${file.filename}:\n${file.content}`);
  });
});
