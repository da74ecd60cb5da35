import * as z from 'zod/mini'

/**
 * Building blocks for routes' `validateSearch` schemas. A URL is typed by hand, pasted or stale,
 * so every value that does not fit falls back (to "not set" or its default) instead of failing
 * the page.
 */

/** One of `values`, else not set. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.optional(z.enum(values)), undefined)

/** One of `values`, else `fallback`. */
export const enumWithDefault = <const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
) => z.catch(z._default(z.enum(values), fallback), fallback)

/** Trimmed free text of 1–200 characters, else not set. */
export const optionalText = z.catch(
  z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  undefined,
)

// The router parses `?propertyId=1200` as the number 1200 (it JSON-parses each value): an id or
// slug that is all digits comes back as text, never dropped and never a number.
/** An id or slug of 1–200 characters as text (even when the router read it as a number), else not set. */
export const optionalIdText = z.catch(
  z.optional(
    z.pipe(
      z.union([z.string(), z.int()]),
      z.pipe(z.transform(String), z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    ),
  ),
  undefined,
)

// The router parses `?q=1234` as a number; accept it back as text rather than dropping it.
/** Any scalar as text (search boxes, comma-separated facet lists), else not set. */
export const searchText = z.catch(
  z.optional(z.pipe(z.union([z.string(), z.number(), z.boolean()]), z.transform(String))),
  undefined,
)

/** An ISO 8601 instant (`2026-12-02T15:00:00.000Z`) that parses, else not set. */
export const optionalInstant = z.catch(
  z.optional(
    z.string().check(
      z.maxLength(40),
      z.refine((v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))),
    ),
  ),
  undefined,
)
