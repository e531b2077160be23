// The UI's current language, kept apart from i18n.ts (which also sets the document's lang) so
// that DOM-free modules such as engine-text.ts can read it.
export type Lang = 'zh' | 'en';

let current: Lang = 'zh';

export function currentLang(): Lang {
  return current;
}

export function setCurrentLang(lang: Lang): void {
  current = lang;
}
