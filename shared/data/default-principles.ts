import type { Language } from '../schema/common';
import type { EntityOf } from '../schema/collections';

/** The alliance's four founding principles, in our own words; editable per alliance. */
const PRINCIPLES: Record<Language, EntityOf<'principles'>[]> = {
  ru: [
    {
      number: 1,
      title: 'Независимость',
      summary: 'Депутат отвечает перед жителями, а не перед партией или мэрией.',
      text: 'Депутат подотчётен жителям своего округа. Мнение жителей весит больше, чем указания партийного руководства или городских властей.',
    },
    {
      number: 2,
      title: 'Общее, а не различия',
      summary: 'Ищем то, что объединяет; взгляды могут расходиться при общих ценностях.',
      text: 'Участники союза могут расходиться во мнениях, разделяя главное: суд, который не различает людей по доходу и взглядам, и прозрачную конкурентную экономику.',
    },
    {
      number: 3,
      title: 'Реальные интересы жителей',
      summary: 'Стройка и расселение, ЖКХ, медицина, образование, воздух, транспорт, подотчётная власть.',
      text: 'Контроль за строительством и расселением, работающее ЖКХ, качественная медицина, доступные детские сады и дополнительное образование, чистый воздух, удобный общественный транспорт, подотчётное управление.',
    },
    {
      number: 4,
      title: 'Работа всё время',
      summary: 'Не только в выборы: прямая связь с жителями, сеть помощников, межрегиональные группы.',
      text: 'Депутат работает весь срок, а не только перед выборами: постоянная двусторонняя связь с жителями, сеть общественных помощников, межрегиональные группы депутатов.',
    },
  ],
  en: [
    {
      number: 1,
      title: 'Independence',
      summary: 'A deputy answers to residents, not to a party or the city government.',
      text: "A deputy is accountable to the residents of the district. Residents' views outweigh instructions from party leaders or the city authorities.",
    },
    {
      number: 2,
      title: 'Common ground',
      summary: 'Seek what unites; opinions may differ while core values are shared.',
      text: 'Members may disagree while sharing the essentials: courts that treat people alike whatever their income or views, and a transparent, competitive economy.',
    },
    {
      number: 3,
      title: "Residents' real interests",
      summary: 'Construction and resettlement, public services, healthcare, education, air, transport, accountable government.',
      text: 'Oversight of construction and resettlement, well-run public services, good healthcare, accessible pre-school and supplementary education, clean air, comfortable public transport, accountable administration.',
    },
    {
      number: 4,
      title: 'Work at all times',
      summary: 'Not only at elections: direct contact with residents, a network of helpers, inter-regional groups.',
      text: 'A deputy works throughout the term, not only before elections: ongoing two-way contact with residents, a network of public helpers, inter-regional groups of deputies.',
    },
  ],
};

export function defaultPrinciples(language: Language): { id: string; data: EntityOf<'principles'> }[] {
  return PRINCIPLES[language].map((data) => ({ id: `principle-${data.number}`, data }));
}
