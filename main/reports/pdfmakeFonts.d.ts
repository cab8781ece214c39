/** Modules inside the pdfmake package that have no types of their own. */

/** The Roboto TTFs shipped inside the pdfmake package (CommonJS module built on `__dirname`). */
declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: {
    Roboto: { normal: string; bold: string; italics: string; bolditalics: string };
  };
  export default fonts;
}

/** pdfmake's own QR encoder, the one behind `{ qr }` nodes (CommonJS, `exports.default`). */
declare module 'pdfmake/js/qrEnc.js' {
  interface QrRect {
    x: number;
    y: number;
    w: number;
    h: number;
  }
  interface QrEncoder {
    measure(node: { qr: string; eccLevel?: 'L' | 'M' | 'Q' | 'H'; fit?: number }): {
      _canvas: QrRect[];
      _width: number;
    };
  }
  const encoder: QrEncoder | { default: QrEncoder };
  export default encoder;
}
