// Limits the browser may show; the checks themselves run on the server (lib/auth/password.ts).
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
