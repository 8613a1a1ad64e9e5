/**
 * A step's id in the story, which a link to that step (a poster's QR code, a copied link) names after `#`:
 * `strength-3` is the third step of the section `strength`. Numbered from 1, as a reader counts.
 */
export const stepAnchor = (section: string, index: number) => `${section}-${index + 1}`;
