import type { Language } from './common';

/**
 * Words for the error keys the shared schemas put in their messages ('error.required', …), for
 * places without the renderer's translations: the CLI prints these instead of the keys.
 */
const WORDS: Record<Language, Record<string, string>> = {
  ru: {
    'error.required': 'заполните это поле',
    'error.tooLong': 'слишком длинно',
    'error.email': 'адрес почты выглядит неверно, например: name@example.ru',
    'error.phone': 'телефон — цифры, пробелы, скобки и дефисы, например: +7 495 123-45-67',
    'error.oktmo': 'код ОКТМО — 8 или 11 цифр',
    'error.tensionNote': 'объясните, в чём противоречие с принципом',
    'error.id': 'недопустимый идентификатор',
    'error.clock': 'недопустимая отметка времени',
  },
  en: {
    'error.required': 'this field is required',
    'error.tooLong': 'too long',
    'error.email': 'this does not look like an email address, e.g. name@example.org',
    'error.phone': 'phone: digits, spaces, brackets and dashes, e.g. +7 495 123-45-67',
    'error.oktmo': 'an OKTMO code has 8 or 11 digits',
    'error.tensionNote': 'explain the tension with the principle',
    'error.id': 'invalid identifier',
    'error.clock': 'invalid clock stamp',
  },
};

/** A message with every error key in it replaced by its words (keys without words stay as they are). */
export function withErrorWords(message: string, language: Language): string {
  return message.replace(/\berror\.[A-Za-z]+\b/g, (key) => WORDS[language][key] ?? key);
}
