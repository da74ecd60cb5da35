import { lazy, useLayoutEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { act, render, screen } from '@testing-library/react'
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

  it('keeps holding the room while the code of a lazily loaded panel is on its way', async () => {
    let arrive: (module: { default: () => React.JSX.Element }) => void = () => {}
    const LazyPanel = lazy(
      () => new Promise<{ default: () => React.JSX.Element }>((r) => (arrive = r)),
    )
    render(
      <RenderAfterFirstCommit placeholderHeight={160} label="Loading recent events">
        <LazyPanel />
      </RenderAfterFirstCommit>,
    )
    // The deferred pass has run and suspended: still the held room, never an empty gap.
    await act(async () => {})
    const held = screen.getByText('Loading recent events').parentElement!
    expect(held).toHaveAttribute('aria-busy', 'true')
    expect(held.style.minHeight).toBe('160px')
    await act(async () => arrive({ default: () => <section>Recent events</section> }))
    expect(screen.getByText('Recent events')).toBeInTheDocument()
    expect(screen.queryByText('Loading recent events')).not.toBeInTheDocument()
  })
})
