import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PollenError } from '@pollen/kernel';
import { translator } from './first-paint';
import { refusalSentence, returnPath } from './vote-form.controller';

type Catalogue = Parameters<typeof translator>[0];

describe('where a vote posted without script comes back to', () => {
  it('is a page of the client on this origin', () => {
    const id = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
    expect(returnPath(`/challenges/${id}?sort=NEW`)).toBe(`/challenges/${id}?sort=NEW`);
    expect(returnPath(`/ideas/${id}`)).toBe(`/ideas/${id}`);
  });

  it('is never another site, an API path or anything but a path', () => {
    for (const value of ['//elsewhere.example/x', 'https://elsewhere.example/', '/\\elsewhere.example', '/graphql', '/auth/vote', 'challenges', 42, undefined, `/${'a'.repeat(600)}`]) {
      expect(returnPath(value)).toBe('/');
    }
  });
});

describe('a refused vote without script, in the reader’s language', () => {
  const fr = translator(JSON.parse(readFileSync(join(__dirname, '../../../web/src/i18n/locales/fr.json'), 'utf8')) as Catalogue, 'fr');
  const say = (error: PollenError | null) => refusalSentence(fr, 'fr', error);

  it('says a rule the catalogue knows in full, not the API’s English', () => {
    expect(say(new PollenError('FORBIDDEN', 'You cannot vote on your own idea', { rule: 'OWN_IDEA' }))).toBe('Vous ne pouvez pas voter pour votre propre idée.');
    expect(say(new PollenError('CONFLICT', 'This idea was merged into another; vote on that one', { rule: 'MERGED_IDEA' }))).toBe('Cette idée a été fusionnée avec une autre : votez pour celle-ci.');
  });

  it('says the phase and the action it closes, when to retry a rate limit, and until when a suspension lasts', () => {
    expect(say(new PollenError('PHASE_FORBIDDEN', 'Voting is not allowed while the challenge is in the CLOSED phase', { phase: 'CLOSED', action: 'VOTE' }))).toBe(
      'Impossible pendant la phase Clos : voter est fermé.',
    );
    expect(say(new PollenError('PHASE_FORBIDDEN', 'x', { phase: 'REVIEW', action: 'SOMETHING_NEW' }))).toBe('Impossible pendant la phase Examen : cette action est fermé.');
    expect(say(PollenError.rateLimited('vote', 'account', 2.2, 'Too many votes'))).toBe('Vous allez un peu vite : réessayez dans 3 secondes.');
    const until = say(PollenError.suspended('Spam', new Date('2027-03-04T10:00:00Z')));
    expect(until).toContain('4 mars 2027');
    expect(until).toContain('Motif : Spam');
    expect(say(PollenError.suspended('Spam', null))).toBe('L’équipe de la marque a suspendu votre participation. Motif : Spam');
  });

  it('keeps the API’s words after a translated lead for a refusal without a known rule, and says nothing of an unknown failure', () => {
    expect(say(new PollenError('FORBIDDEN', 'Not yours', { rule: 'A_RULE_NOBODY_WROTE' }))).toBe('Non autorisé : Not yours');
    expect(say(null)).toBe(fr('errors.unexpected'));
    expect(say(null)).not.toBe('errors.unexpected');
  });
});
