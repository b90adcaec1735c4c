import { browser } from 'wxt/browser';

/**
 * A message of public/_locales in the browser's language (English and Russian ship);
 * the key itself when missing, so a forgotten translation shows up instead of an empty label.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

/** The agent's locale for dates and numbers (the browser UI language). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
