import type { Kysely, Selectable } from 'kysely'
import { randomUUID } from 'node:crypto'
import { isRole, type Role } from '../../src/lib/permissions'
import type { Tables, UsersTable } from '../store/tables'
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords'

export type User = { id: string; email: string; role: Role; disabled: boolean; createdAt: number }

export class AccountError extends Error {
  constructor(
    readonly type:
      | 'email_taken'
      | 'user_not_found'
      | 'invalid_email'
      | 'invalid_role'
      | 'last_admin'
      | 'own_account',
    message: string,
  ) {
    super(message)
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+$/

export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase()
  if (!EMAIL.test(normalized) || normalized.length > 254) {
    throw new AccountError('invalid_email', `"${email}" is not an email address`)
  }
  return normalized
}

function toUser(row: Selectable<UsersTable>): User {
  if (!isRole(row.role)) throw new AccountError('invalid_role', `Unknown role ${row.role}`)
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    disabled: row.disabled_at !== null,
    createdAt: Number(row.created_at),
  }
}

/** People who may sign in, with their role. Changing who someone is ends their sessions. */
export class Users {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly onChange: (userId: string) => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('email').execute()
    return rows.map(toUser)
  }

  async find(email: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst()
    return row ? toUser(row) : undefined
  }

  async byId(id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? toUser(row) : undefined
  }

  async add(email: string, role: Role, password: string): Promise<User> {
    const normalized = normalizeEmail(email)
    if (!isRole(role)) throw new AccountError('invalid_role', `Unknown role ${String(role)}`)
    const hash = await hashPassword(password)
    if (await this.find(normalized)) {
      throw new AccountError('email_taken', `There is already an account for ${normalized}`)
    }
    const now = this.now()
    const row = {
      id: randomUUID(),
      email: normalized,
      role,
      password_hash: hash,
      disabled_at: null,
      created_at: now,
      updated_at: now,
    }
    await this.db.insertInto('users').values(row).execute()
    return toUser(row)
  }

  /** The user for this email and password, or undefined; as slow for an unknown email. */
  async authenticate(email: string, password: string): Promise<User | undefined> {
    let normalized: string
    try {
      normalized = normalizeEmail(email)
    } catch {
      await verifyPassword(password, DUMMY_HASH)
      return undefined
    }
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', normalized)
      .executeTakeFirst()
    const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH)
    return row && ok && row.disabled_at === null ? toUser(row) : undefined
  }

  async setRole(email: string, role: Role): Promise<User> {
    if (!isRole(role)) throw new AccountError('invalid_role', `Unknown role ${String(role)}`)
    if (role !== 'admin') await this.keepAnAdmin(email)
    return this.change(email, { role })
  }

  async setDisabled(email: string, disabled: boolean): Promise<User> {
    if (disabled) await this.keepAnAdmin(email)
    return this.change(email, { disabled_at: disabled ? this.now() : null })
  }

  /** Refuses a change that would leave no active admin to manage accounts from the page. */
  private async keepAnAdmin(email: string): Promise<void> {
    const user = await this.find(email)
    if (!user || user.role !== 'admin' || user.disabled) return
    const admins = (await this.list()).filter((u) => u.role === 'admin' && !u.disabled)
    if (admins.length <= 1) {
      throw new AccountError(
        'last_admin',
        `${user.email} is the only active admin; make someone else admin first`,
      )
    }
  }

  async resetPassword(email: string, password: string): Promise<User> {
    return this.change(email, { password_hash: await hashPassword(password) })
  }

  private async change(
    email: string,
    fields: Partial<Pick<UsersTable, 'role' | 'disabled_at' | 'password_hash'>>,
  ): Promise<User> {
    const user = await this.find(email)
    if (!user) throw new AccountError('user_not_found', `No account for ${email}`)
    await this.db
      .updateTable('users')
      .set({ ...fields, updated_at: this.now() })
      .where('id', '=', user.id)
      .execute()
    await this.onChange(user.id)
    return (await this.byId(user.id))!
  }
}
