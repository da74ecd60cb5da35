import { describe, expect, it } from 'vitest'
import { act, render } from '@testing-library/react'
import { Eye, Trash2 } from 'lucide-react'
import { IconSprite, SpriteIcon } from './sprite-icon'

describe('SpriteIcon', () => {
  it('points each icon at one shared symbol that the sprite draws', async () => {
    const { container } = render(
      <>
        <IconSprite />
        <SpriteIcon icon={Eye} className="size-4" />
        <SpriteIcon icon={Eye} />
        <SpriteIcon icon={Trash2} />
      </>,
    )
    await act(async () => {})
    const hrefs = [...container.querySelectorAll('use')].map((u) => u.getAttribute('href'))
    expect(hrefs[0]).toBe(hrefs[1])
    expect(hrefs[2]).not.toBe(hrefs[0])
    for (const href of new Set(hrefs)) {
      const symbol = container.querySelector(`symbol${href}`)
      expect(symbol?.querySelector('svg path')).not.toBeNull()
    }
    expect(container.querySelector('svg.size-4')?.getAttribute('aria-hidden')).toBe('true')
  })
})
