// Text the page did not write (names, host names, mount points) can hold markup or bidi controls.
// It only ever goes in as text, and each piece in a <bdi> of its own, so a right-to-left override
// in it cannot run on into the page's words around it.

export function isolated(text) {
  const element = document.createElement('bdi');
  element.textContent = text;
  return element;
}

/** The pieces, each isolated, with the page's separator between them. */
export function joined(pieces, separator) {
  return pieces.flatMap((piece, index) => (index === 0 ? [isolated(piece)] : [separator, isolated(piece)]));
}
