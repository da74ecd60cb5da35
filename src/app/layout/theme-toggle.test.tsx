import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ThemeToggle } from './theme-toggle'

// The blocking script from index.html, run as the browser runs it: the toggle only saves a
// choice and asks this script to apply it.
const themeScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))![1]!

let systemDark = false
const systemListeners = new Set<() => void>()
const root = document.documentElement

beforeEach(() => {
  systemDark = false
  localStorage.clear()
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && systemDark
    },
    addEventListener: (_: string, listener: () => void) => systemListeners.add(listener),
  }))
})
afterEach(() => {
  systemListeners.clear()
  root.removeAttribute('data-theme')
  root.removeAttribute('data-theme-choice')
})

function loadPage() {
  new Function(themeScript)()
  render(<ThemeToggle />)
  return {
    radio: (name: string) => screen.getByRole('radio', { name }),
    theme: () => root.getAttribute('data-theme'),
  }
}

describe('theme toggle', () => {
  it('starts on System, following the system setting as it changes', () => {
    systemDark = true
    const page = loadPage()
    expect(page.radio('System')).toBeChecked()
    expect(page.theme()).toBe('dark')
    systemDark = false
    act(() => systemListeners.forEach((listener) => listener()))
    expect(page.theme()).toBe('light')
  })

  it('saves a choice, applies it at once and shows it checked', async () => {
    const page = loadPage()
    await userEvent.click(page.radio('Dark'))
    expect(localStorage.getItem('doorman-theme')).toBe('dark')
    expect(page.theme()).toBe('dark')
    expect(page.radio('Dark')).toBeChecked()

    await userEvent.click(page.radio('System'))
    expect(localStorage.getItem('doorman-theme')).toBeNull()
    expect(page.theme()).toBe('light')
    expect(page.radio('System')).toBeChecked()
  })

  it('picks up a choice made in another tab', async () => {
    const page = loadPage()
    // Async: the toggle hears of it through a MutationObserver, whose callbacks are microtasks.
    await act(async () => {
      localStorage.setItem('doorman-theme', 'dark')
      window.dispatchEvent(new StorageEvent('storage', { key: 'doorman-theme' }))
    })
    expect(page.theme()).toBe('dark')
    expect(page.radio('Dark')).toBeChecked()
  })

  it('treats an unknown stored value as System', () => {
    localStorage.setItem('doorman-theme', 'purple')
    const page = loadPage()
    expect(page.radio('System')).toBeChecked()
    expect(page.theme()).toBe('light')
  })
})
