// The notes page never changes once printed: it ships no JavaScript.
export const csr = false;
