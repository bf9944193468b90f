import https from "node:https";
import axios from "axios";

// expect: security/tls-verify-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

// expect: security/tls-verify-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

export const partner = axios.create({
  baseURL: "https://api.partner.net",
  httpsAgent: insecureAgent,
});

// ok: security/tls-verify-disabled
export const strictAgent = new https.Agent({ rejectUnauthorized: true, ca: process.env.PARTNER_CA });
