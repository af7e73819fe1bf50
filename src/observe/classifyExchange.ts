import { capString } from '../core/capString.js';
import { answerFindings, isSuccess } from './answerFindings.js';
import { blankClassification } from './blankClassification.js';
import { classifyConnection } from './classifyConnection.js';
import { classifyEntity } from './classifyEntity.js';
import { classifyLogin } from './classifyLogin.js';
import type { Classification, ClassifierInput } from './observeTypes.js';
import { API, CONNECTION_PATH, LOGIN_PATH, entityRoute } from './observeRoutes.js';
import { ptvMessagesOf } from './ptvMessagesOf.js';
import type { SessionEntities } from './sessionEntities.js';

export type { ClassifierInput } from './observeTypes.js';
export { hasAdditionalInfo } from './classifyConnection.js';
export { ptvMessagesOf } from './ptvMessagesOf.js';

/**
 * Classifies one exchange: which DVV item it belongs to and what it demonstrates. Pure: reads the
 * session (what this integration created before), never changes it (SessionEntities.apply does).
 */
export function classifyExchange(i: ClassifierInput, s: SessionEntities): Classification {
  if (i.refusedByProxy !== undefined || (i.clientGone && i.status === undefined)) return notForwarded(i);
  const c = classifyRoute(i, s);
  if (i.clientGone) {
    c.notes.push('the integration closed the connection before it had the answer');
    c.isCase = true;
    c.item ??= 'CONN';
  }
  // Any API call PTV answered with success on the integration's bearer token shows the token works.
  if (
    isSuccess(i.status) &&
    i.bearer &&
    /^\/api\/v11\//i.test(i.path) &&
    !c.demonstrates.includes('token-use')
  )
    c.demonstrates.push('token-use');
  return c;
}

/** The proxy refused the body, or the integration left before sending it: nothing reached PTV. */
function notForwarded(i: ClassifierInput): Classification {
  const what = `${i.method.toUpperCase()} ${capString(i.path, 200)}`;
  const c = blankClassification(capString(i.path, 200), 'unknown', what);
  c.isCase = true;
  c.item = i.refusedByProxy !== undefined ? 'T5' : 'CONN';
  c.findings.push(
    i.refusedByProxy !== undefined
      ? {
          path: 'Body',
          rule: 'observe.bodyTooLarge',
          severity: 'error',
          message: `${what}: ${i.refusedByProxy}`,
        }
      : {
          path: 'Connection',
          rule: 'observe.clientClosed',
          severity: 'warning',
          message: `${what}: the integration closed the connection before sending the whole request; nothing was forwarded`,
        },
  );
  return c;
}

function classifyRoute(i: ClassifierInput, s: SessionEntities): Classification {
  const path = i.path.replace(/\/{2,}/g, '/');
  const method = i.method.toUpperCase();
  if (LOGIN_PATH.test(path) && method === 'POST') return classifyLogin(i);
  const conn = CONNECTION_PATH.exec(path);
  if (conn && (method === 'POST' || method === 'PUT')) return classifyConnection(i, conn, s);
  const r = entityRoute(path);
  if (r && (method === 'GET' || method === 'POST' || method === 'PUT')) return classifyEntity(i, r, s);
  return classifyUnknownRoute(i, path, method);
}

/** A route observe does not know: a read is neutral, a write is a T5 case (not a PTV v11 write). */
function classifyUnknownRoute(i: ClassifierInput, path: string, method: string): Classification {
  const isApi = path.toLowerCase().startsWith(`${API.toLowerCase()}/`);
  const c = blankClassification(
    isApi ? path : `${path} (outside the API)`,
    method === 'GET' ? 'read' : 'unknown',
    `${method} ${path}`,
  );
  c.title = `${method} ${capString(path, 120)}`;
  c.route = capString(path, 200);
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
    c.isCase = true;
    c.item = 'T5';
    c.notes.push('not a PTV v11 write route ptv-readiness knows');
  }
  c.ptvMessages = isSuccess(i.status) ? [] : ptvMessagesOf(i.responseJson);
  answerFindings(i, c, c.isCase ? 'T5' : undefined);
  return c;
}
