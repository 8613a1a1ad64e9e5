// Share images are photographed from these pages at build time; they are pictures, with nothing to hydrate.
export const csr = false;
