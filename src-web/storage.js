// localStorage, where the browser allows it: reading it throws where storage is blocked, and
// what the page keeps (local names, a pre-accounts token) then lives only as long as the page.
export const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
