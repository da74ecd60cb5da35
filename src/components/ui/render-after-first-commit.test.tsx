import { useLayoutEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { RenderAfterFirstCommit } from './render-after-first-commit'

/** Records, as the first commit lands, whether the deferred panel was part of it. */
function FirstCommitProbe({ seen }: { seen: string[] }) {
  useLayoutEffect(() => {
    seen.push(document.querySelector('[data-panel]') ? 'panel' : 'placeholder')
  }, [seen])
  return <p>rows</p>
}

describe('RenderAfterFirstCommit', () => {
  it('leaves the panel out of the first commit, holding its room, then renders it', async () => {
    const seen: string[] = []
    render(
      <>
        <FirstCommitProbe seen={seen} />
        <RenderAfterFirstCommit placeholderHeight={320} label="Loading the schedule">
          <section data-panel>Schedule</section>
        </RenderAfterFirstCommit>
      </>,
    )
    expect(seen).toEqual(['placeholder'])
    expect(await screen.findByText('Schedule')).toBeInTheDocument()
    expect(screen.queryByText('Loading the schedule')).not.toBeInTheDocument()
  })

  it('holds the room and says what is coming while it waits', () => {
    const first: (string | null)[] = []
    function PlaceholderProbe() {
      useLayoutEffect(() => {
        const placeholder = document.querySelector('[aria-busy="true"]') as HTMLElement | null
        first.push(placeholder?.style.minHeight ?? null, placeholder?.textContent ?? null)
      }, [])
      return null
    }
    render(
      <>
        <RenderAfterFirstCommit placeholderHeight={320} label="Loading the schedule">
          <section>Schedule</section>
        </RenderAfterFirstCommit>
        <PlaceholderProbe />
      </>,
    )
    expect(first).toEqual(['320px', 'Loading the schedule'])
  })
})
