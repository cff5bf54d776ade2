import { describe, expect, it } from 'vitest';
import { ExportFormatter, fill } from '../../shared/export/i18n/format';
import { en } from '../../shared/export/i18n/en';
import { ru } from '../../shared/export/i18n/ru';
import { foldName, matchDistrict } from '../../shared/export/input';
import { decodeEntities, richTextToBlocks, safeHref } from '../../shared/export/rich-text';

describe('export words and numbers', () => {
  const fmtRu = new ExportFormatter('ru', 'Europe/Moscow');
  const fmtEn = new ExportFormatter('en', 'Europe/Moscow');

  it('uses the Russian plural forms Intl.PluralRules picks', () => {
    const cases: [number, string][] = [
      [0, '0\u00a0депутатов'],
      [1, '1\u00a0депутат'],
      [2, '2\u00a0депутата'],
      [4, '4\u00a0депутата'],
      [5, '5\u00a0депутатов'],
      [11, '11\u00a0депутатов'],
      [14, '14\u00a0депутатов'],
      [21, '21\u00a0депутат'],
      [22, '22\u00a0депутата'],
      [111, '111\u00a0депутатов'],
    ];
    for (const [n, expected] of cases) expect(fmtRu.count(n, 'deputy')).toBe(expected);
    expect(fmtRu.count(1, 'signature')).toBe('1\u00a0подпись');
    expect(fmtRu.count(3, 'stance')).toBe('3\u00a0позиции');
    expect(fmtRu.count(25, 'issue')).toBe('25\u00a0вопросов');
  });

  it('uses English singular and plural', () => {
    expect(fmtEn.count(1, 'deputy')).toBe('1\u00a0deputy');
    expect(fmtEn.count(2, 'deputy')).toBe('2\u00a0deputies');
    expect(fmtEn.count(0, 'signature')).toBe('0\u00a0signatures');
  });

  it('formats numbers and dates per language, calendar dates without a time-zone shift', () => {
    expect(fmtRu.dec(0.625)).toBe('0,63');
    expect(fmtEn.dec(0.625)).toBe('0.63');
    expect(fmtRu.pct(0.8333)).toMatch(/^83\s%$/);
    expect(fmtRu.date('2024-03-14')).toBe('14.03.2024');
    expect(fmtEn.date('2024-03-14')).toBe('14 Mar 2024');
    expect(fmtRu.longDateOf('2024-03-14T22:30:00Z')).toBe('15 марта 2024 г.');
    expect(fill('{a} и {b}', { a: 1 })).toBe('1 и {b}');
  });

  it('has the same keys in both dictionaries', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'object' ? keys(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
    const withoutPlurals = (list: string[]) => list.filter((key) => !/^nouns\.\w+\.(few|many)$/.test(key));
    expect(withoutPlurals(keys(ru)).sort()).toEqual(withoutPlurals(keys(en)).sort());
  });

  it('matches district names ignoring case and ё/е', () => {
    const districts = [{ name: 'Черёмушки', nameEn: 'Cheryomushki' }, { name: 'Савёлки' }, { name: 'Арбат', nameEn: 'Arbat' }];
    expect(matchDistrict(districts, 'черемушки')).toEqual([districts[0]]);
    expect(matchDistrict(districts, 'САВЕЛКИ')).toEqual([districts[1]]);
    expect(matchDistrict(districts, '  arbat ')).toEqual([districts[2]]);
    expect(matchDistrict(districts, 'Хамовники')).toEqual([]);
    expect(foldName('Тёплый  Стан')).toBe('теплый стан');
  });
});

describe('statement bodies as export blocks', () => {
  it('keeps headings, paragraphs, lists, quotes, bold, italic and safe links from HTML', () => {
    const blocks = richTextToBlocks(
      '<h2>Заголовок</h2><p>Мы <strong>требуем</strong> <em>слушаний</em> &laquo;сейчас&raquo;.</p><ul><li><p>раз</p></li><li>два</li></ul>' +
        '<ol><li>первое</li></ol><blockquote><p>Цитата</p></blockquote><p><a href="https://example.org/a">ссылка</a> и <a href="javascript:alert(1)">ловушка</a></p>',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 3, text: 'Заголовок' },
      { type: 'paragraph', runs: [{ text: 'Мы ' }, { text: 'требуем', bold: true }, { text: ' ' }, { text: 'слушаний', italic: true }, { text: ' «сейчас».' }] },
      { type: 'list', ordered: false, items: [[{ text: 'раз' }], [{ text: 'два' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'первое' }]] },
      { type: 'paragraph', runs: [{ text: 'Цитата' }], tone: 'quote' },
      { type: 'paragraph', runs: [{ text: 'ссылка', href: 'https://example.org/a' }, { text: ' и ловушка' }] },
    ]);
  });

  it('drops scripts and styles and keeps line breaks', () => {
    expect(richTextToBlocks('<p>a<br>b</p><script>alert("x")</script><style>p{}</style><p>c &amp; d &#8212; &#x41;</p>')).toEqual([
      { type: 'paragraph', runs: [{ text: 'a\nb' }] },
      { type: 'paragraph', runs: [{ text: 'c & d — A' }] },
    ]);
  });

  it('reads ProseMirror (TipTap) JSON', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Обращение' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Жирно', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'дальше' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'пункт' }] }] }] },
      ],
    };
    expect(richTextToBlocks(JSON.stringify(doc))).toEqual([
      { type: 'heading', level: 3, text: 'Обращение' },
      { type: 'paragraph', runs: [{ text: 'Жирно', bold: true }, { text: '\nдальше' }] },
      { type: 'list', ordered: false, items: [[{ text: 'пункт' }]] },
    ]);
  });

  it('splits plain text into paragraphs', () => {
    expect(richTextToBlocks('Первый абзац.\n\nВторой {не JSON}.')).toEqual([
      { type: 'paragraph', runs: [{ text: 'Первый абзац.' }] },
      { type: 'paragraph', runs: [{ text: 'Второй {не JSON}.' }] },
    ]);
    expect(richTextToBlocks('   ')).toEqual([]);
  });

  it('accepts only http(s) and mailto links and decodes entities', () => {
    expect(safeHref('mailto:a@b.ru')).toBe('mailto:a@b.ru');
    expect(safeHref(' https://x.ru ')).toBe('https://x.ru');
    expect(safeHref('file:///etc/passwd')).toBeUndefined();
    expect(decodeEntities('&unknown; &#0; &nbsp;')).toBe('&unknown; &#0; \u00a0');
  });
});
