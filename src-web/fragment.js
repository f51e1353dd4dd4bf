// What an invitation or share link carries in the URL's fragment (browsers send a fragment to no
// server and no log). It is read once and taken out of the address bar, so it leaves no trace in
// the history, a bookmark or a screenshot.

/** {invite: code} for `#invite=…`, {link: token} for `#link=l-….…`, else null. */
export function takeSecretFragment() {
  const found = parse(location.hash);
  if (found) history.replaceState(history.state, '', location.pathname + location.search);
  return found;
}

export function parse(hash) {
  const match = /^#(invite|link)=(.+)$/.exec(hash);
  if (!match) return null;
  let value;
  try {
    value = decodeURIComponent(match[2]);
  } catch {
    return null;
  }
  return match[1] === 'invite' ? { invite: value } : { link: value };
}

/** The page's own address with a secret in its fragment: what an owner or administrator hands on. */
export function pageUrlWith(kind, value) {
  const url = new URL(location.href);
  url.hash = `${kind}=${value}`;
  return url.href;
}
