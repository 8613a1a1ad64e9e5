import QRCode from 'qrcode';

/** A QR code as inline SVG, black on white with a quiet zone: what every phone camera reads first time. */
export const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
