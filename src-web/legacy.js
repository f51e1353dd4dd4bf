// Browsers from before accounts kept a viewer token in localStorage. Once signed in, the page
// offers to move that token's computers into the account; the relay then revokes the token.
import * as api from './api.js';
import { storage } from './storage.js';
import { busy, showFailure } from './ui.js';

const TOKEN_KEY = 'deskrelay.viewerToken';

const byId = (id) => document.getElementById(id);

/**
 * Asks once per page load while the old token is there. The moved computers reach the open
 * socket as `shared` messages from the relay, so nothing here reconnects.
 */
export function offerLegacyMove() {
  const token = storage?.getItem(TOKEN_KEY);
  if (!token) return;
  const offer = byId('legacy-offer');
  const move = byId('legacy-move');
  const later = byId('legacy-later');
  offer.hidden = false;
  later.addEventListener('click', () => { offer.hidden = true; }, { once: true });
  move.addEventListener('click', async () => {
    const error = byId('legacy-error');
    showFailure(error, null);
    try {
      const { moved } = await busy(move, 'Moving…', () => api.moveLegacy(token));
      finish(`Moved ${moved} ${moved === 1 ? 'computer' : 'computers'} into your account.`);
    } catch (failure) {
      if (failure.code !== 'bad_token') {
        showFailure(error, failure);
        return;
      }
      finish('The old access of this browser had already ended: there was nothing to move.');
    }
  });
}

function finish(words) {
  storage?.removeItem(TOKEN_KEY);
  byId('legacy-question').hidden = true;
  byId('legacy-move').parentElement.hidden = true;
  byId('legacy-done').textContent = words;
}
