import { createInterface } from 'node:readline'
import { readConfig, ConfigError } from './config'
import { openTeam, type Team } from './accounts/team'
import { AccountError } from './accounts/users'
import { PasswordPolicyError } from './accounts/passwords'
import { isRole, ROLES, type Role } from '../src/lib/permissions'

const USAGE = `Manage Doorman accounts (set-up and recovery without the UI).

  npm run users -- add EMAIL --role ROLE        password from standard input (or a prompt)
  npm run users -- list
  npm run users -- set-role EMAIL --role ROLE
  npm run users -- disable EMAIL
  npm run users -- enable EMAIL
  npm run users -- reset-password EMAIL         password from standard input (or a prompt)

Roles: ${ROLES.join(', ')}. Passwords need at least 12 characters.
Uses DATABASE_URL when set, otherwise the SQLite file in DOORMAN_DATA_DIR (./data).
Example: printf '%s\\n' "$PW" | npm run users -- add ana@example.com --role admin`

class UsageError extends Error {}

/** Reads one line: piped standard input, or a prompt that does not echo on a terminal. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin
  if (!input.isTTY) {
    const chunks: Buffer[] = []
    for await (const chunk of input) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
  }
  const rl = createInterface({ input, output: process.stderr, terminal: true })
  // Overwrite echoed characters: the password is not shown as it is typed.
  const writable = rl as unknown as { _writeToOutput: (s: string) => void }
  writable._writeToOutput = (s: string) => {
    if (s.startsWith(prompt)) process.stderr.write(prompt)
  }
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve))
  rl.close()
  process.stderr.write('\n')
  return answer
}

function roleFrom(args: string[]): Role {
  const at = args.indexOf('--role')
  const role = at >= 0 ? args[at + 1] : undefined
  if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`)
  return role
}

function emailFrom(args: string[]): string {
  const email = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--role')
  if (!email) throw new UsageError('Give the account’s email')
  return email
}

async function run(team: Team, command: string | undefined, args: string[]): Promise<string> {
  const audit = (action: string, email: string, details: Record<string, unknown> = {}) =>
    team.audit.append({
      at: Date.now(),
      actorEmail: 'cli',
      actorRole: 'admin',
      action,
      result: 'ok',
      clientAddress: 'local',
      details: { email, ...details },
    })
  switch (command) {
    case 'add': {
      const email = emailFrom(args)
      const role = roleFrom(args)
      const user = await team.users.add(email, role, await readPassword('Password: '))
      await audit('user.add', user.email, { role })
      return `Added ${user.email} (${user.role})`
    }
    case 'list': {
      const users = await team.users.list()
      if (users.length === 0) return 'No accounts yet.'
      return users.map((u) => `${u.email}\t${u.role}${u.disabled ? '\tdisabled' : ''}`).join('\n')
    }
    case 'set-role': {
      const role = roleFrom(args)
      const user = await team.users.setRole(emailFrom(args), role)
      await audit('user.set_role', user.email, { role })
      return `${user.email} is now ${user.role}; their sessions have ended`
    }
    case 'disable':
    case 'enable': {
      const user = await team.users.setDisabled(emailFrom(args), command === 'disable')
      await audit('user.set_disabled', user.email, { disabled: user.disabled })
      return `${user.email} is ${user.disabled ? 'disabled; their sessions have ended' : 'enabled'}`
    }
    case 'reset-password': {
      const email = emailFrom(args)
      const user = await team.users.resetPassword(email, await readPassword('New password: '))
      await audit('user.reset_password', user.email)
      return `New password set for ${user.email}; their sessions have ended`
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}"` : 'Give a command')
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(USAGE)
    return
  }
  const config = readConfig()
  const team = await openTeam({ dataDir: config.dataDir, databaseUrl: config.databaseUrl })
  try {
    console.log(await run(team, command, args))
  } finally {
    await team.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`)
  else if (
    error instanceof AccountError ||
    error instanceof PasswordPolicyError ||
    error instanceof ConfigError
  )
    console.error(error.message)
  else console.error(error)
  process.exit(1)
})
