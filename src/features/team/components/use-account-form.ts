import { useState, type FormEvent } from 'react'
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type * as z from 'zod/mini'
import { placeUserError, type UserField } from '../lib/user-errors'

/**
 * The account forms' wiring: the request schema is the form's (a field's error shows once it is
 * left), and `onSubmit(run)` sends a valid form through `run`; when that fails, the error lands on
 * its field, the first such field focused, or, when no field takes it, becomes the form's message
 * (`formError`).
 */
export function useAccountForm<Values extends FieldValues, Input extends FieldValues>(
  schema: z.ZodMiniType<Input, Values>,
  fields: readonly (UserField & Path<Values>)[],
  defaultValues: DefaultValues<Values>,
) {
  const [formError, setFormError] = useState<string | undefined>()
  const form = useForm<Values, unknown, Input>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues,
  })
  const showFailure = (error: unknown) => {
    const placed = placeUserError(error, fields)
    fields
      .filter((field) => placed.fields[field] !== undefined)
      .forEach((field, i) =>
        form.setError(
          field,
          { type: 'server', message: placed.fields[field] },
          { shouldFocus: i === 0 },
        ),
      )
    setFormError(placed.unplaced)
  }
  const onSubmit = (run: (input: Input) => Promise<void>) => (event: FormEvent) =>
    void form.handleSubmit(async (input) => {
      setFormError(undefined)
      try {
        await run(input)
      } catch (error) {
        showFailure(error)
      }
    })(event)
  return { form, formError, onSubmit }
}
