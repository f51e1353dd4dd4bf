// The relay's HTTP API (contract: accounts, sharing, share links, audit, alerts). Relative URLs, so the
// page works under any context root; the session cookie goes along, never a token of ours.

/**
 * A refused or failed call: `code` is the relay's error code (or `connection_lost`), `said` the
 * relay's message for people, if it gave one.
 */
export class ApiFailure extends Error {
  constructor(status, body, retryAfterHeader) {
    super(body.message ?? body.error ?? `HTTP ${status}`);
    this.status = status;
    this.code = body.error ?? (status === 0 ? 'connection_lost' : 'internal_error');
    this.retryAfter = Number(body.retryAfter ?? retryAfterHeader ?? 0) || 0;
    this.setupNeeded = body.setupNeeded === true;
    this.said = typeof body.message === 'string' && body.message ? body.message : null;
  }
}

/**
 * One call. A changing call sends JSON (the relay refuses anything else with 415: a form cannot
 * send JSON, which is half of the CSRF defence); answers are JSON or empty (204).
 */
export async function call(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (method !== 'GET') init.headers['Content-Type'] = 'application/json';
  if (body !== undefined) init.body = JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiFailure(0, {});
  }
  const text = await response.text();
  const data = parse(text);
  if (!response.ok) throw new ApiFailure(response.status, data ?? {}, response.headers.get('Retry-After'));
  return data;
}

/** A relative URL with the query's non-empty values. */
export function withQuery(path, query) {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  });
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const segment = encodeURIComponent;

/** Resolves with {account} when signed in, else {account: null, setupNeeded}. */
export async function me() {
  try {
    return { account: (await call('GET', 'api/me')).account };
  } catch (failure) {
    if (failure.status === 401) return { account: null, setupNeeded: failure.setupNeeded };
    throw failure;
  }
}

export const setup = (code, username, password) => call('POST', 'api/setup', { code, username, password });
export const signIn = (username, password) => call('POST', 'api/session', { username, password });
export const join = (invite, username, password) => call('POST', 'api/accounts', { invite, username, password });
export const signOut = () => call('DELETE', 'api/session');
export const signOutEverywhere = () => call('DELETE', 'api/sessions');
export const changePassword = (current, password) => call('PUT', 'api/account/password', { current, password });

export const tokens = () => call('GET', 'api/tokens');
export const createToken = (name) => call('POST', 'api/tokens', { name });
export const revokeToken = (id) => call('DELETE', `api/tokens/${segment(id)}`);

export const invites = () => call('GET', 'api/invites');
export const createInvite = (hours) => call('POST', 'api/invites', { hours });
export const withdrawInvite = (id) => call('DELETE', `api/invites/${segment(id)}`);

export const accounts = () => call('GET', 'api/accounts');
export const removeAccount = (id) => call('DELETE', `api/accounts/${segment(id)}`);

export const moveLegacy = (token) => call('POST', 'api/legacy', { token });

/** An owner removes the device for everyone who holds it; its agent is closed (4004). */
export const removeDevice = (deviceId) => call('DELETE', `api/devices/${segment(deviceId)}`);

export const shares = (deviceId) => call('GET', `api/devices/${segment(deviceId)}/shares`);
export const share = (deviceId, username, role) =>
  call('PUT', `api/devices/${segment(deviceId)}/shares/${segment(username)}`, { role });
export const unshare = (deviceId, username) => call('DELETE', `api/devices/${segment(deviceId)}/shares/${segment(username)}`);

export const links = (deviceId) => call('GET', `api/devices/${segment(deviceId)}/links`);
export const createLink = (deviceId, hours) => call('POST', `api/devices/${segment(deviceId)}/links`, { hours });
export const revokeLink = (deviceId, linkId) => call('DELETE', `api/devices/${segment(deviceId)}/links/${segment(linkId)}`);

/** Filters: device, account, kind, before (an event id), limit. Answers {events, next}. */
export const audit = (filters) => call('GET', withQuery('api/audit', filters));
export const auditDownload = (format, filters) => withQuery(`api/audit.${format}`, filters);

/** Filters: state, severity, deviceId, before (an alert id), limit. Answers {alerts, firing, next}. */
export const alerts = (filters) => call('GET', withQuery('api/alerts', filters));
/** One alert with its evidence and its changes. */
export const alert = (id) => call('GET', `api/alerts/${segment(id)}`);
export const acknowledge = (id) => call('POST', `api/alerts/${segment(id)}/acknowledge`, {});

export const rules = () => call('GET', 'api/alerts/rules');
export const createRule = (rule) => call('POST', 'api/alerts/rules', rule);
export const updateRule = (id, rule) => call('PUT', `api/alerts/rules/${segment(id)}`, rule);
export const deleteRule = (id) => call('DELETE', `api/alerts/rules/${segment(id)}`);

export const channels = () => call('GET', 'api/alerts/channels');
/** Answers the channel with its `secret`, shown this once. */
export const createChannel = (channel) => call('POST', 'api/alerts/channels', channel);
export const deleteChannel = (id) => call('DELETE', `api/alerts/channels/${segment(id)}`);
export const testChannel = (id) => call('POST', `api/alerts/channels/${segment(id)}/test`, {});

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
