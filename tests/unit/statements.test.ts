import { describe, expect, it } from 'vitest';
import { dissentEntries } from '../../shared/statements/dissent';
import { canonicalContent, contentHash } from '../../shared/statements/hash';
import { signatureCounts, signatureStatuses } from '../../shared/statements/signatures';
import { draftFromTemplate } from '../../shared/statements/templates';
import { diffVersions, htmlToText } from '../../shared/statements/text-diff';
import { reviewGaps, transitionProblem } from '../../shared/statements/workflow';

describe('statement content hash', () => {
  const content = { title: 'Заявление о сквере', body: '<p>Мы против вырубки.</p>', language: 'ru' };

  it('is stable for the same content whatever the key order, line endings and runs of spaces', async () => {
    const reordered = JSON.parse(JSON.stringify({ language: 'ru', body: content.body, title: content.title }));
    expect(await contentHash(reordered)).toBe(await contentHash(content));
    const spaced = { ...content, title: '  Заявление   о сквере ', body: '<p>Мы  против\tвырубки.</p>\r\n' };
    expect(await contentHash(spaced)).toBe(await contentHash(content));
    expect(await contentHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats composed and decomposed letters (й, ё) as the same text', async () => {
    const decomposed = { ...content, title: 'Заявление о сквере и\u0306' };
    const composed = { ...content, title: 'Заявление о сквере й' };
    expect(canonicalContent(decomposed)).toBe(canonicalContent(composed));
  });

  it('changes with any change of the wording', async () => {
    const base = await contentHash(content);
    expect(await contentHash({ ...content, body: '<p>Мы за вырубку.</p>' })).not.toBe(base);
    expect(await contentHash({ ...content, title: 'Заявление о сквере.' })).not.toBe(base);
    expect(await contentHash({ ...content, language: 'en' })).not.toBe(base);
  });
});

describe('signatures bound to a version', () => {
  const signature = (deputyId: string, hash: string, signedAt: string, confirmed = true) => ({
    id: `${deputyId}-${signedAt}`,
    statementId: 's',
    versionId: 'v',
    deputyId,
    hash,
    signedAt,
    provenance: { enteredBy: deputyId, channel: 'self' as const, confirmed },
  });
  const h1 = 'a'.repeat(64);
  const h2 = 'b'.repeat(64);

  it('marks a signature stale exactly when the signed text is not the current one', () => {
    const statuses = signatureStatuses([signature('d1', h1, '2026-01-01T00:00:00Z'), signature('d2', h2, '2026-01-02T00:00:00Z')], h2);
    expect(statuses.map((status) => [status.signature.deputyId, status.state])).toEqual([
      ['d1', 'stale'],
      ['d2', 'current'],
    ]);
  });

  it("takes each deputy's latest signature, so signing again makes it current", () => {
    const statuses = signatureStatuses([signature('d1', h1, '2026-01-01T00:00:00Z'), signature('d1', h2, '2026-01-03T00:00:00Z', false)], h2);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ state: 'current', confirmed: false });
    expect(signatureCounts(statuses)).toEqual({ current: 1, stale: 0, unconfirmed: 1 });
  });
});

describe('version diff', () => {
  it('shows insertions and deletions between two versions', () => {
    const parts = diffVersions('<p>Мы против вырубки сквера.</p>', '<p>Мы решительно против вырубки.</p>');
    expect(parts.filter((part) => part.kind === 'inserted').map((part) => part.text.trim())).toContain('решительно');
    expect(parts.filter((part) => part.kind === 'deleted').map((part) => part.text)).toEqual(expect.arrayContaining([expect.stringContaining('сквера')]));
  });

  it('reads HTML as text', () => {
    expect(htmlToText('<h2>Суть</h2><p>Текст &amp; ещё</p><ul><li>один</li></ul>')).toBe('Суть\nТекст & ещё\n• один');
  });
});

describe('statement workflow', () => {
  const principleIds = ['p1', 'p2'];

  it('blocks opening for signature until the principle review is complete', () => {
    const context = { review: [{ principleId: 'p1', verdict: 'upholds' as const, note: '' }], principleIds, hasVersion: true };
    expect(transitionProblem('review', 'open', context)).toBe('review_incomplete');
    const tension = { ...context, review: [...context.review, { principleId: 'p2', verdict: 'tension' as const, note: ' ' }] };
    expect(reviewGaps(tension.review, principleIds)).toEqual([{ principleId: 'p2', problem: 'note_required' }]);
    const complete = { ...context, review: [...context.review, { principleId: 'p2', verdict: 'tension' as const, note: 'Компромисс' }] };
    expect(transitionProblem('review', 'open', complete)).toBeNull();
  });

  it('allows only the defined moves', () => {
    const context = { review: [], principleIds: [], hasVersion: true };
    expect(transitionProblem('draft', 'published', context)).toBe('not_allowed');
    expect(transitionProblem('published', 'draft', context)).toBe('not_allowed');
    expect(transitionProblem('open', 'published', context)).toBeNull();
    expect(transitionProblem('review', 'open', { ...context, hasVersion: false })).toBe('no_version');
  });
});

describe('dissent annex and templates', () => {
  it('collects the reasons of those who oppose or abstain on the statement issues', () => {
    const position = (deputyId: string, issueId: string, stance: 'support' | 'oppose' | 'abstain', reasons: string) => ({
      issueId,
      deputyId,
      stance,
      reasons,
      principleChecks: [],
      provenance: { enteredBy: deputyId, channel: 'self' as const, confirmed: true },
    });
    const entries = dissentEntries(
      [position('b', 'i1', 'oppose', ' Против '), position('a', 'i1', 'abstain', 'Мало данных'), position('c', 'i1', 'support', 'За'), position('d', 'i9', 'oppose', 'Другой вопрос')],
      ['i1'],
    );
    expect(entries).toEqual([
      { deputyId: 'a', issueId: 'i1', stance: 'abstain', reasons: 'Мало данных' },
      { deputyId: 'b', issueId: 'i1', stance: 'oppose', reasons: 'Против' },
    ]);
  });

  it('prefills a draft in the statement language from the issue and the alliance line, escaping text', () => {
    const issue = { title: 'Сквер <у дома>', category: 'environment' as const, districtIds: [], description: 'Вырубка <script>', status: 'open' as const, sources: [], tags: [], principleIds: ['principle-3'] };
    const line = { issueId: 'i', stance: 'oppose' as const, text: 'Сохранить сквер.', rule: 'consent' as const, adoptedOn: '2026-01-01', adoptedBy: 'secretary' };
    const principles = [1, 2, 3].map((number) => ({ number, title: `П${number}`, summary: `С${number}`, text: '' }));
    const ru = draftFromTemplate('issue_statement', { language: 'ru', issue, line, principles, districtNames: ['Арбат'] });
    expect(ru.title).toBe('Заявление союза депутатов: Сквер <у дома>');
    expect(ru.body).toContain('Выступает против. Сохранить сквер.');
    expect(ru.body).toContain('Вырубка &lt;script&gt;');
    expect(ru.body).not.toContain('<script>');
    expect(ru.body).toContain('<strong>П3</strong>');
    expect(ru.body).not.toContain('<strong>П1</strong>');
    const en = draftFromTemplate('council_appeal', { language: 'en', principles, districtNames: [] });
    expect(en.title).toBe('Appeal to the council of deputies');
    expect(en.body).toContain('We ask the council of deputies');
  });
});
