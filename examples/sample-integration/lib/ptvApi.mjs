// A small PTV v11 client: api-login, bearer calls, polite retries.
// Written like a supplier's integration would be: Node 20 global fetch, no dependencies.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** PTV's settings from the environment; secrets never come from argv. */
export function ptvSettingsFromEnv(env = process.env) {
  const missing = [
    'PTV_API_URL',
    'PTV_TOKEN_URL',
    'PTV_USERNAME',
    'PTV_PASSWORD',
    'PTV_ORGANIZATION_ID',
  ].filter((k) => !env[k]);
  if (missing.length) throw new Error(`missing environment variable(s): ${missing.join(', ')}`);
  return {
    apiUrl: env.PTV_API_URL.replace(/\/+$/, ''),
    tokenUrl: env.PTV_TOKEN_URL,
    username: env.PTV_USERNAME,
    password: env.PTV_PASSWORD,
    organizationId: env.PTV_ORGANIZATION_ID,
    // Production accounts linked to several organisations name one (a Palveluhallinta id).
    apiUserOrganisation: env.PTV_API_USER_ORGANISATION || undefined,
    retryBaseMs: Number(env.SAMPLE_RETRY_BASE_MS ?? 1000),
  };
}

/** Seconds or an HTTP date; PTV itself sends no Retry-After on 429, so fall back to back-off. */
function retryAfterMs(header, fallbackMs) {
  if (!header) return fallbackMs;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? fallbackMs : Math.max(0, at - Date.now());
}

export class PtvError extends Error {
  constructor(method, path, status, body) {
    super(`${method} ${path} → ${status}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
    this.status = status;
    this.body = body;
  }
}

export function createPtvApi(settings, log = () => {}) {
  let token;
  const maxAttempts = 5;

  async function login() {
    const body = { username: settings.username, password: settings.password };
    if (settings.apiUserOrganisation) body.apiUserOrganisation = settings.apiUserOrganisation;
    const res = await fetch(settings.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    // CTE answers ptvToken, production serviceToken.
    const t = json.ptvToken ?? json.serviceToken;
    if (!res.ok || !t)
      throw new Error(`login failed (${res.status}): ${json.message ?? 'no token in the answer'}`);
    token = t;
    log('logged in');
  }

  /** One API call; 429 waits and tries again (nothing was written), 401 logs in again once. */
  async function call(method, path, body) {
    if (!token) await login();
    let relogged = false;
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${settings.apiUrl}/api/v11${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      let json;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = text;
      }
      if (res.status === 429 && attempt < maxAttempts) {
        const wait = retryAfterMs(res.headers.get('retry-after'), settings.retryBaseMs * 2 ** (attempt - 1));
        log(`429 on ${method} ${path}, waiting ${wait} ms`);
        await sleep(wait);
        continue;
      }
      if (res.status === 401 && !relogged) {
        relogged = true;
        await login();
        continue;
      }
      if (!res.ok) throw new PtvError(method, path, res.status, json);
      return json;
    }
  }

  return {
    login,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
  };
}
