import { useSyncExternalStore } from 'react'

/*
 * The theme is applied by the blocking script in index.html (before first paint), which keeps
 * <html data-theme="light|dark" data-theme-choice="light|dark|system"> current. This module only
 * saves a new choice and asks that script to apply it, so the rule that turns a choice into a
 * theme lives in one place.
 */

export const THEME_CHOICES = ['light', 'dark', 'system'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]
export type Theme = 'light' | 'dark'

const STORAGE_KEY = 'doorman-theme'
const APPLY_EVENT = 'doorman-theme'

function isThemeChoice(value: string | null): value is ThemeChoice {
  return (THEME_CHOICES as readonly (string | null)[]).includes(value)
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, choice)
  } catch {
    // Storage refused (some private modes): the theme cannot be remembered, so it stays as is.
  }
  window.dispatchEvent(new Event(APPLY_EVENT))
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'data-theme-choice'],
  })
  return () => observer.disconnect()
}

function readChoice(): ThemeChoice {
  const value = document.documentElement.getAttribute('data-theme-choice')
  return isThemeChoice(value) ? value : 'system'
}

function readTheme(): Theme {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light'
}

/** The saved choice (light, dark or system), kept current when another tab changes it. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, readChoice, () => 'system')
}

/** The theme in effect, for components that draw their own colours (toasts). */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, readTheme, () => 'light')
}
