import { Monitor, Moon, Sun } from 'lucide-react'
import { saveThemeChoice, useThemeChoice, type ThemeChoice } from '@/lib/theme'
import { cn } from '@/lib/cn'

const options: Array<{ value: ThemeChoice; label: string; icon: typeof Sun }> = [
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
  { value: 'system', label: 'System', icon: Monitor },
]

/**
 * Light / dark / system, as a radio group: one tab stop, arrow keys move between the three,
 * and each radio is named by its label even where only its icon shows.
 */
export function ThemeToggle() {
  const choice = useThemeChoice()
  return (
    <fieldset className="flex rounded-lg border border-slate-200 p-0.5">
      <legend className="sr-only">Theme</legend>
      {options.map(({ value, label, icon: Icon }) => (
        <label
          key={value}
          title={`${label} theme`}
          className={cn(
            'relative flex size-7 cursor-pointer items-center justify-center rounded-md',
            'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-brand-600',
            // The chosen one stands out by more than a tint (3:1 against its neighbours).
            choice === value ? 'bg-brand-600 text-white' : 'text-slate-600 hover:text-slate-900',
          )}
        >
          <input
            type="radio"
            name="theme"
            value={value}
            checked={choice === value}
            onChange={() => saveThemeChoice(value)}
            // Over the whole segment, invisible: a click anywhere on it is a click on the radio.
            className="absolute inset-0 cursor-pointer appearance-none rounded-md opacity-0"
          />
          <Icon aria-hidden="true" className="pointer-events-none size-4" />
          <span className="sr-only">{label}</span>
        </label>
      ))}
    </fieldset>
  )
}
