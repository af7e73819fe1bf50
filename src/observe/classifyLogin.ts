import { answerFindings, isSuccess } from './answerFindings.js';
import { blankClassification } from './blankClassification.js';
import { isObj, str } from './jsonValue.js';
import type { Classification, ClassifierInput } from './observeTypes.js';

/** `POST /api/auth/api-login`: a login demonstrated when the answer carries a token. */
export function classifyLogin(i: ClassifierInput): Classification {
  const c = blankClassification('POST /api/auth/api-login', 'login', 'Login (api-login)');
  c.item = 'CONN';
  c.isCase = true;
  const r = isObj(i.responseJson) ? i.responseJson : {};
  const token = str(r.ptvToken) ?? str(r.serviceToken) ?? str(r.access_token) ?? str(r.token);
  if (isSuccess(i.status) && token) c.demonstrates.push('login');
  else if (isSuccess(i.status)) {
    c.findings.push({
      path: 'Token',
      rule: 'observe.loginShape',
      severity: 'error',
      message: 'api-login answered success without a token (ptvToken / serviceToken)',
    });
  } else if (i.status !== undefined) {
    c.findings.push({
      path: 'Login',
      rule: `observe.http${i.status}`,
      severity: 'error',
      message: `api-login refused the integration's credentials (${i.status})`,
    });
    return c;
  }
  answerFindings(i, c, undefined);
  return c;
}
