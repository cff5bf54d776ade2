import type { Language } from '../schema/common';
import type { EntityOf } from '../schema/collections';

export type TemplateKind = 'issue_statement' | 'council_appeal' | 'open_letter';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['issue_statement', 'council_appeal', 'open_letter'];

export interface TemplateContext {
  language: Language;
  issue?: EntityOf<'issues'>;
  line?: EntityOf<'allianceLines'>;
  principles: readonly EntityOf<'principles'>[];
  districtNames: readonly string[];
}

const WORDS = {
  ru: {
    titles: { issue_statement: 'Заявление союза депутатов', council_appeal: 'Обращение в совет депутатов', open_letter: 'Открытое письмо жителям' },
    facts: 'Суть вопроса',
    position: 'Позиция союза',
    principles: 'На каких принципах мы стоим',
    demands: 'Мы предлагаем',
    demandsText: 'провести открытое обсуждение с жителями и опубликовать все документы по вопросу.',
    appeal: 'Просим совет депутатов рассмотреть вопрос на ближайшем заседании и учесть мнение жителей.',
    letter: 'Уважаемые жители! Рассказываем, что мы делаем по этому вопросу и как вы можете помочь.',
    districts: 'Районы',
    signatures: 'Подписи депутатов — ниже.',
    stance: { support: 'поддерживает', support_amended: 'поддерживает с поправками', abstain: 'воздерживается', oppose: 'выступает против', undecided: 'ещё не определилась' },
  },
  en: {
    titles: { issue_statement: 'Statement of the alliance of deputies', council_appeal: 'Appeal to the council of deputies', open_letter: 'Open letter to residents' },
    facts: 'The issue',
    position: "The alliance's position",
    principles: 'The principles we stand on',
    demands: 'We propose',
    demandsText: 'to hold an open discussion with residents and publish every document on the matter.',
    appeal: "We ask the council of deputies to consider the matter at its next session and to take residents' views into account.",
    letter: "Dear residents, here is what we are doing about this and how you can help.",
    districts: 'Districts',
    signatures: "The deputies' signatures follow.",
    stance: { support: 'supports', support_amended: 'supports with amendments', abstain: 'abstains', oppose: 'opposes', undecided: 'has not decided yet' },
  },
} as const;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A first draft (title and HTML body) in the statement's language, prefilled from the issue. */
export function draftFromTemplate(kind: TemplateKind, context: TemplateContext): { title: string; body: string } {
  const words = WORDS[context.language];
  const { issue, line } = context;
  const title = issue ? `${words.titles[kind]}: ${issue.title}` : words.titles[kind];
  const blocks: string[] = [];
  if (kind === 'open_letter') blocks.push(`<p>${escape(words.letter)}</p>`);
  if (issue) {
    blocks.push(`<h2>${escape(words.facts)}</h2>`, `<p>${escape(issue.description || issue.title)}</p>`);
    if (context.districtNames.length) blocks.push(`<p>${escape(words.districts)}: ${escape(context.districtNames.join(', '))}.</p>`);
  }
  if (line) {
    blocks.push(`<h2>${escape(words.position)}</h2>`, `<p>${escape(capitalize(words.stance[line.stance]))}. ${escape(line.text)}</p>`);
  }
  const engaged = issue ? context.principles.filter((_, i) => issue.principleIds.includes(principleId(context, i))) : [];
  const principles = engaged.length ? engaged : context.principles;
  if (principles.length) {
    blocks.push(`<h2>${escape(words.principles)}</h2>`, `<ul>${principles.map((p) => `<li><strong>${escape(p.title)}</strong> — ${escape(p.summary)}</li>`).join('')}</ul>`);
  }
  blocks.push(`<h2>${escape(words.demands)}</h2>`, `<p>${escape(kind === 'council_appeal' ? words.appeal : capitalize(words.demandsText))}</p>`);
  blocks.push(`<p><em>${escape(words.signatures)}</em></p>`);
  return { title, body: blocks.join('') };
}

/** Principles come with their ids alongside (records), or without (plain entities in tests). */
function principleId(context: TemplateContext, index: number): string {
  const principle = context.principles[index] as EntityOf<'principles'> & { id?: string };
  return principle.id ?? `principle-${principle.number}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
