import "server-only";
import QRCode from "qrcode";
import { totpUri } from "../domain/totp";

/**
 * The set-up QR code as an SVG data URL, drawn on the server: an <img> needs no script, so it
 * works under a strict Content-Security-Policy (whose img-src must allow `data:`).
 */
export async function totpQrDataUrl(secret: string, account: string): Promise<string> {
  const svg = await QRCode.toString(totpUri(secret, account), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
