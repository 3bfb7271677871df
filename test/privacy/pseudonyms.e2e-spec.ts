import { createHash } from 'node:crypto';
import { Pseudonyms, participantPseudonym, pseudonymLabel, voterCommitment } from '@pollen/ledger';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, person } from '../support/co-creation';

describe('pseudonyms: stable per participant, per challenge for voters, the mapping removable', () => {
  let t: TestApp;
  let pseudonyms: Pseudonyms;
  let ana: Person;
  let ben: Person;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestApp();
    pseudonyms = t.app.get(Pseudonyms);
    const owner = await person(t);
    [ana, ben] = [await person(t), await person(t)];
    const org = await brand(t, owner);
    [first, second] = [await challenge(t, owner, org), await challenge(t, owner, org)];
  });
  afterAll(() => t.close());

  it('gives each participant one stable pseudonym that guessing ids does not reproduce', async () => {
    const [a, again, b] = [await pseudonyms.participant(ana.id), await pseudonyms.participant(ana.id), await pseudonyms.participant(ben.id)];
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(again).toBe(a);
    expect(b).not.toBe(a);
    // Keyed: the plain hash of the id, or an HMAC under any other key, is not it.
    expect(a).not.toBe(createHash('sha256').update(ana.id).digest('hex'));
    expect(a).not.toBe(participantPseudonym(Buffer.alloc(32), ana.id));
    const [{ key }] = await t.sql(`SELECT key FROM pseudonym_key`);
    expect(participantPseudonym(key as Buffer, ana.id)).toBe(a);
    expect(await pseudonyms.label(ana.id)).toBe(pseudonymLabel(a));
    expect(pseudonymLabel(a)).toMatch(/^Participant [0-9a-f]{8}$/);
  });

  it('gives a voter one pseudonym per challenge, which they can open and nobody else can link', async () => {
    const inFirst = await pseudonyms.voter(first, ana.id);
    expect(inFirst).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await pseudonyms.voter(first, ana.id)).toBe(inFirst);
    const inSecond = await pseudonyms.voter(second, ana.id);
    expect(inSecond).not.toBe(inFirst);
    expect((await pseudonyms.voters(first, [ana.id, ben.id])).get(ana.id)).toBe(inFirst);
    const proof = (await pseudonyms.proof(first, ana.id))!;
    expect(proof.pseudonym).toBe(inFirst);
    expect(voterCommitment(first, ana.id, Buffer.from(proof.salt, 'hex'))).toBe(inFirst);
    // The opening names one participant only: it does not open for another id.
    expect(voterCommitment(first, ben.id, Buffer.from(proof.salt, 'hex'))).not.toBe(inFirst);
  });

  it('forgets a participant’s voter pseudonyms for good: nothing opens them any more, and a later vote gets a new one', async () => {
    const before = await pseudonyms.voter(first, ben.id);
    expect(await pseudonyms.forget(ben.id)).toBe(1);
    expect(await pseudonyms.proof(first, ben.id)).toBeNull();
    expect(await t.sql(`SELECT 1 FROM voter_pseudonym WHERE participant_id = $1 OR pseudonym = $2`, [ben.id, before])).toHaveLength(0);
    expect(await pseudonyms.voter(first, ben.id)).not.toBe(before);
    // Ana's are untouched.
    expect(await pseudonyms.proof(first, ana.id)).not.toBeNull();
  });
});
