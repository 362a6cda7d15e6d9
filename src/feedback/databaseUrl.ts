/**
 * DATABASE_URL as the rest of the bot may show it. The URL can carry a password (in its user part, or as a
 * `password=` parameter), so it is only ever shown with the password replaced, and errors that might quote
 * it are scrubbed before they travel on.
 */

const POSTGRES_URL = /^postgres(?:ql)?:\/\/[^\s\p{Cc}]*$/iu;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const PASSWORD_PARAMETER = /([?&]password=)([^&#]*)/gi;
const HIDDEN = '***';

/** Whether the text is a URL libpq and `pg` read as PostgreSQL's (a host may also come as `?host=/socket/dir`). */
export function isPostgresUrl(text: string): boolean {
  return POSTGRES_URL.test(text);
}

/** `mysql:` for `mysql://…`; null when the text does not start like a URL. Never any part that may be secret. */
export function schemeOf(text: string): string | null {
  const match = SCHEME.exec(text);
  return match?.[1] ? `${match[1]}:` : null;
}

/** The URL with any password replaced by ***: `postgresql://bot:***@db:5432/coverage`. */
export function shownDatabaseUrl(url: string): string {
  const parts = userInfoOf(url);
  const withoutUserPassword =
    parts && parts.password !== null ? `${parts.scheme}${parts.user}:${HIDDEN}@${parts.rest}` : url;
  return withoutUserPassword.replace(PASSWORD_PARAMETER, `$1${HIDDEN}`);
}

/**
 * The error with every form of the URL's password (as written, and percent-decoded) replaced in its message
 * and stack. pg's own errors do not quote the URL, but a connection string it cannot read can end up in one.
 */
export function withoutPassword(error: unknown, url: string): unknown {
  const secrets = passwordsIn(url);
  if (!(error instanceof Error) || secrets.length === 0) return error;
  const scrub = (text: string) => secrets.reduce((out, secret) => out.split(secret).join(HIDDEN), text);
  if (!secrets.some((secret) => error.message.includes(secret) || (error.stack ?? '').includes(secret))) return error;
  const clean = new Error(scrub(error.message));
  clean.stack = scrub(error.stack ?? clean.stack ?? '');
  const code = (error as NodeJS.ErrnoException).code;
  if (code) Object.assign(clean, { code });
  return clean;
}

/**
 * The user part is everything between `//` and the last `@` before the path: a password someone forgot to
 * percent-encode may hold `/` or `#`, and it must still be found (too much hidden is better than too little).
 */
/** What a log must never show of the URL: the URL itself and its password, as written and percent-decoded. */
export function secretsOf(url: string): string[] {
  const password = userInfoOf(url)?.password ?? null;
  const parameter = [...url.matchAll(PASSWORD_PARAMETER)].map((match) => match[2] ?? '');
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return [
    url,
    ...[password, ...parameter]
      .filter((secret): secret is string => Boolean(secret))
      .flatMap((secret) => [secret, decoded(secret)]),
  ];
}

function userInfoOf(url: string): { scheme: string; user: string; password: string | null; rest: string } | null {
  const scheme = SCHEME.exec(url)?.[0];
  if (!scheme) return null;
  const afterScheme = url.slice(scheme.length);
  const at = afterScheme.lastIndexOf('@');
  if (at < 0) return null;
  const userInfo = afterScheme.slice(0, at);
  const colon = userInfo.indexOf(':');
  return {
    scheme,
    user: colon < 0 ? userInfo : userInfo.slice(0, colon),
    password: colon < 0 ? null : userInfo.slice(colon + 1),
    rest: afterScheme.slice(at + 1),
  };
}

function passwordsIn(url: string): string[] {
  const found = [
    userInfoOf(url)?.password ?? '',
    ...[...url.matchAll(PASSWORD_PARAMETER)].map((match) => match[2] ?? ''),
  ];
  const forms = found.flatMap((secret) => [secret, safeDecode(secret)]);
  // Longest first, so a password is replaced whole before any shorter form inside it.
  return [...new Set(forms.filter((secret) => secret.length > 0))].sort((a, b) => b.length - a.length);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
