import * as z from 'zod/mini'
import { ROLES } from '@/lib/permissions'

// The request schemas of the account routes, which are also the forms' schemas. Messages are
// spelled out: zod/mini carries no message locale.

export const MIN_PASSWORD_LENGTH = 12

export const emailInput = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Enter an email address'),
    z.maxLength(254, 'An email address can be at most 254 characters'),
    z.regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address like ana@example.com'),
  )

export const passwordInput = z
  .string()
  .check(
    z.minLength(MIN_PASSWORD_LENGTH, `A password needs at least ${MIN_PASSWORD_LENGTH} characters`),
    z.maxLength(1024, 'A password can be at most 1024 characters'),
  )

export const roleInput = z.enum(ROLES, 'Choose a role')
